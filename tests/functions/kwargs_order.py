def show(*args, **kwargs):
    return args, kwargs
print(show(1, b=2, a=1))
print(show(z=1, y=2, x=3))
print(show(**{"b": 1, "a": 2}, c=3))
print(show(*[1, 2], *[3], d=4, **{"e": 5}))
def kw(a, b, c=3, **rest):
    return a, b, c, rest
print(kw(b=1, a=2), kw(1, 2, d=4, c=5), kw(*(1,), **{"b": 2, "x": 9}))
try:
    kw(1, **{"a": 2, "b": 3})
except TypeError as e:
    print(e)
try:
    kw(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    kw(1, b=2, **{"b": 3})
except TypeError as e:
    print(e)
def only_kw(*, x, y=2):
    return x, y
try:
    only_kw(1)
except TypeError as e:
    print(e)
try:
    only_kw(y=1)
except TypeError as e:
    print(e)
try:
    only_kw(x=1, z=2)
except TypeError as e:
    print(e)
def many(a, b, c, d):
    pass
try:
    many(1)
except TypeError as e:
    print(e)
try:
    many(1, 2, d=4)
except TypeError as e:
    print(e)
def posonly(a, b=2, /, c=3):
    return a, b, c
print(posonly(1), posonly(1, 5, c=6))
try:
    posonly(a=1)
except TypeError as e:
    print(e)
print(posonly(1, **{"c": 9}))
def f2(a, /, **kw):
    return a, kw
print(f2(1, a=2))
