def f(a, b=2, c=[]):
    c.append(a)
    return a, b, c
print(f(1), f(2), f(3, c=[]), f(4, 5))
n = 10
def g(x=n):
    return x
n = 20
print(g(), g(1))
def h(a, b=1, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(h(1, c=3), h(1, 2, 3, 4, c=5, e=6), h(a=1, c=2, z=9))
print(f.__defaults__ if hasattr(f, "__defaults__") else None, h.__kwdefaults__ if hasattr(h, "__kwdefaults__") else None)
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: h(1))
t(lambda: h())
t(lambda: h(1, c=1, a=2))
t(lambda: f())
t(lambda: f(1, 2, 3, 4))
t(lambda: f(1, x=2))
t(lambda: g(1, 2))
def k(*, only):
    return only
t(lambda: k(1))
t(lambda: k(only=1))
t(lambda: k())
def pos(a, b, /, c):
    return a, b, c
t(lambda: pos(1, 2, 3))
t(lambda: pos(1, 2, c=3))
t(lambda: pos(1, b=2, c=3))
def noargs():
    return 1
t(lambda: noargs(1))
t(lambda: noargs(x=1))
def two(a, b):
    pass
t(lambda: two(1))
t(lambda: two())
def three(a, b, c):
    pass
t(lambda: three(1))
