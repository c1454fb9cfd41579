def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(), f(1, 2), f(a=1), f(1, *[2, 3], *(4,), x=1, **{"y": 2}, **{"z": 3}))
def g(a, b, c=0, *rest, d=9, **kw):
    return a, b, c, rest, d, kw
args = [1, 2, 3, 4, 5]
print(g(*args), g(*args[:2]), g(*"ab", d=1), g(**{"a": 1, "b": 2}), g(1, **{"b": 2, "e": 5}))
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: g(*5))
t(lambda: g(**5))
t(lambda: g(1, 2, **{"a": 3}))
t(lambda: f(**{1: 2}))
t(lambda: f(*None))
t(lambda: f(a=1, **{"a": 2}))
print(max(*[3, 1, 2]), print(*"abc", sep="-"), "{}{}".format(*"xy"))
def kw_only(*, a, b=2):
    return a + b
print(kw_only(a=1), kw_only(b=3, a=1), kw_only(**{"a": 5}))
def count(*a):
    return len(a)
print(count(*range(10)), count(*[], *()), count(*{"k": 1}))
