def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = (1, 2, 3, 2)
print(a.count(2), a.index(3), a.index(2, 2), a[1:], a[::-1], a + (4,), a * 2, (1,) * 0, len(a), 2 in a)
t(lambda: a.index(9))
t(lambda: a[10])
t(lambda: a + [1])
t(lambda: a.__setitem__)
def f():
    a[0] = 1
try:
    f()
except TypeError as e:
    print(e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), () < (1,), (1, 2) == (1, 2), (1,) == [1], (1, "a") != (1, "b"))
t(lambda: (1,) < ("a",))
print(hash((1, 2)) == hash((1, 2)), hash(()) , hash((1,)), hash((1, 2, 3)), hash(("a", 1)) == hash(("a", 1)), hash((1.5, -1)), hash((None,)) == hash((None,)))
t(lambda: hash(([1],)))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), (1,), (), ((1, 2), (3,)))
x, y = (1, 2)
print(x, y)
print(repr((1,)), repr(("a",)), str((1.5, None)))
print(max((1, 5, 3)), min(("b", "a")), sorted((3, 1, 2)), sum((1, 2)))
