def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
data = [(i % 5, i) for i in range(30)]
t(lambda: sorted(data, key=lambda p: p[0], reverse=True))
t(lambda: sorted(data, key=lambda p: -p[0]))
t(lambda: sorted(["b", "a", "B", "A"], key=str.upper, reverse=True))
a = [3, 1, 2]
def bad(x):
    a.append(x)
    return x
t(lambda: a.sort(key=bad))
t(lambda: a)
def boom(x):
    if x == 2: raise KeyError(x)
    return x
t(lambda: sorted([3, 2, 1], key=boom))
b = [3, 2, 1]
t(lambda: b.sort(key=boom))
t(lambda: b)
t(lambda: sorted([1, None]))
t(lambda: sorted([[1], [None]]))
t(lambda: sorted([(1, "a"), (1, 2)]))
t(lambda: sorted([float("nan"), 1, 0]))
t(lambda: sorted([3, 1, 2], key=lambda x: [x]))
t(lambda: sorted("hello", key=ord, reverse=True))
t(lambda: sorted(range(20), key=lambda x: x % 4 == 0))
t(lambda: sorted([-1, 1, -2, 2], key=abs))
t(lambda: sorted([True, False, 0, 1]))
t(lambda: sorted({"b": 1, "a": 2}.values()))
t(lambda: sorted([[3, "c"], [1, "a"], [2, "b"]])[0])
t(lambda: list(reversed(sorted(range(5)))))
t(lambda: max([3, 1], key=boom))
t(lambda: min([], key=boom, default="d"))
