import functools
from functools import reduce, partial
import operator, gc

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [1, 2], 10))
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(operator.add, [], 'init'))
print(reduce(operator.add, ['only']), reduce(lambda a, b: [b] + a, 'abc', []))
print(reduce(max, iter([3, 9, 2])))

for args in [(), (len,), (operator.add, []), (operator.add, 5), (operator.add, [1], 0, 1),
             (lambda a: a, [1, 2]), (operator.add, [1, 'a'])]:
    try:
        print(reduce(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    reduce(operator.add, [1], initial=0)
except TypeError as e:
    print('TypeError', e)

def f(a, b, c=0, *rest, **kw):
    return (a, b, c, rest, sorted(kw.items()))

p = partial(f, 1)
print(p(2), p(2, 3, 4), p(b=5))
q = partial(f, 1, 2, c=3, x=9)
print(q(), q(c=4), q(x=1, y=2))
print(q.func is f, q.args, q.keywords)
print(type(q).__name__, type(q))
r = partial(partial(f, 1, x=0), 7, y=8)
print(r.func is f, r.args, r.keywords, r())
print(repr(partial(len)).startswith('functools.partial(<built-in function len>'))
print(repr(partial(len, 'abc', key=1)))
print(repr(partial(max, 1, 2, default=None)))
class MyP(partial):
    pass
m = MyP(max, 3)
print(repr(m), m(5), isinstance(m, partial))
m2 = partial(m, 10)        # subclass instance is still flattened
print(m2.func is max, m2.args)
q.attr = 'x'
print(q.attr, q.__dict__)
q2 = partial(q, 5)         # has a __dict__: not flattened
print(q2.func is q, q2.args)
basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.__doc__)
for bad in [lambda: partial(), lambda: partial(5), lambda: partial(f)(),
            lambda: setattr(q, 'func', len), lambda: setattr(q, 'args', ()),
            lambda: partial(int, base=2)('12'), lambda: partial(f, 1, 2, a=3)()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

class C:
    meth = partial(f, 'bound?')
print(C().meth(1))   # partial is not a descriptor: no self

# cycle through a partial
class Holder:
    pass
h = Holder()
h.p = partial(f, h, k=h)
del h
print(gc.collect() >= 2)
pp = partial(print)
pp.self = pp
del pp
print(gc.collect() >= 1)
