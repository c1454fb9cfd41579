def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for r in [range(5), range(2, 8), range(10, 0, -3), range(0), range(-5, 5, 2), range(5, 5), range(0, 10, 100)]:
    print(r, list(r), len(r), 3 in r, -5 in r, r[0] if r else None, r[-1] if r else None, r[::2], r[1:-1], r[::-1], bool(r))
t(lambda: range(1, 2, 0))
t(lambda: range(1.5))
t(lambda: range())
t(lambda: range(5)[10])
t(lambda: range(5).index(7))
print(range(10).index(3), range(0, 20, 5).index(15), range(10).count(3), range(10).count(3.0), 3.0 in range(5), "a" in range(3))
print(range(3) == range(3), range(0) == range(5, 1), range(1, 5, 2) == range(1, 4, 2), range(2) != range(3))
r = range(1, 20, 3)
print(r.start, r.stop, r.step, repr(range(1, 5, 1)), repr(range(0, 3)), str(range(-1, -9, -2)))
print(hash(range(3)) == hash(range(3)), list(reversed(range(5))), sum(range(101)), max(range(7)), list(range(3, -3, -1)))
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), s.indices(6), slice(None, None, -1).indices(5), slice(-100, 100).indices(10))
t(lambda: slice(1, 2, 0).indices(3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), repr(slice("a", [1])))
t(lambda: hash(slice(1, 2)))
print(range(10**12)[10**11], len(range(0, 10**12, 7)), 10**11 in range(10**12))
