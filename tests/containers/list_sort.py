def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
a = [5, 2, 8, 1, 9, 3]
a.sort(); print(a)
a.sort(reverse=True); print(a)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig", "kiwi"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs), sorted(pairs, reverse=True))
big = [(i * 7919) % 101 for i in range(200)]
print(sorted(big)[:20], sorted(big, key=lambda x: x % 10)[:30])
print(sorted(range(100), key=lambda x: (x % 3, -x))[:15])
t(lambda: sorted([1, "a"]))
t(lambda: [3, 1].sort(key=5))
t(lambda: [3, 1].sort(1))
print(sorted([]), sorted("cba"), sorted((3, 1)), sorted({3: 1, 1: 2}), sorted([1.5, 1, True, 0]))
print(sorted([[2, 1], [1, 2], [1]]), sorted([0.1, -0.0, 0.0, -1]))
x = [3, 1, 2]
print(x.sort(), x)
stable = sorted([(k % 4, k) for k in range(40)], key=lambda p: p[0])
print(stable)
