def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = [5, 3, 8, 1]
b = a
a[:] = [0]
t(lambda: b)
a = list(range(6)); a[1:5:2] = ["x", "y"]
t(lambda: a)
a = list(range(6)); del a[::2]
t(lambda: a)
a = list(range(6)); del a[4:1:-1]
t(lambda: a)
a = list(range(6)); a[4:1:-1] = "abc"
t(lambda: a)
a = list(range(6)); a[::-1] = range(6)
t(lambda: a)
a = list(range(6)); a[1:1] = []
t(lambda: a)
a = [1, 2, 3]; a[1:] = a
t(lambda: a)
a = [1, 2, 3]; a[::-1] = a
t(lambda: a)
a = [1, 2, 3]; a[:0] = a
t(lambda: a)
def f(): a[::2] = [1]
t(lambda: f())
def g(): a[::2] = 5
t(lambda: g())
a = [3, 1, 2]; a.sort(key=lambda x: -x)
t(lambda: a)
a = ["b", "A", "c"]; a.sort(key=str.lower, reverse=True)
t(lambda: a)
a = [1, 2, 3]; a.extend(a)
t(lambda: a)
a = [1, 2]; a += a
t(lambda: a)
a = [1, 2]; a *= 0
t(lambda: a)
a = [[1, 2]] * 2; a[0].append(3)
t(lambda: a)
t(lambda: [1, 2, 3][-1:-2])
t(lambda: [1, 2, 3][-2:])
t(lambda: [1, 2, 3][:-5])
t(lambda: list(reversed([])))
t(lambda: [x for x in reversed(range(3))])
t(lambda: [1, 2, 3].__iadd__([4]))
t(lambda: [3, 2, 1].sort(reverse=1))
t(lambda: sorted([1, 2], key=None, reverse=False))
t(lambda: [0.1, 0.2] + [0.30000000000000004])
t(lambda: [None, True, False, 1.0, "s", b"b", (1,), [2], {3: 4}])
