def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
t(lambda: next(it))
t(lambda: next([1]))
t(lambda: iter(5))
t(lambda: iter(None))
d = iter({"a": 1})
print(next(d), iter(it) is it)
r = iter(range(3))
print(list(r), list(r))
s = iter("ab")
print(type(s).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter(range(1))).__name__, type(iter({})).__name__)
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
z = zip([1, 2, 3], "ab")
print(next(z), list(z), list(z))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m))
e = enumerate("xyz", start=5)
print(next(e), list(e))
f = filter(None, [0, 1, "", "a", None, [], [0]])
print(list(f))
rv = reversed([1, 2, 3])
print(next(rv), list(rv))
t(lambda: reversed(5))
t(lambda: list(reversed({1: 2})))
t(lambda: reversed(iter([1])))
for x in iter([10, 20]):
    print(x)
a, b, *c = iter(range(5))
print(a, b, c)
print(list(zip()), list(zip([1], [2], [3])), list(zip("abc", range(10))))
print(list(map(pow, [2, 3], [3, 2])), list(map(str, range(3))))
t(lambda: list(map(None, [1])))
t(lambda: map())
t(lambda: list(filter(lambda x: x > 1, (0, 1, 2, 3))))
