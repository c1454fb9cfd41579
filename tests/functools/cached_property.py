from functools import cached_property
import gc

class Data:
    computed = 0
    def __init__(self, n):
        self.n = n
    @cached_property
    def total(self):
        "The sum."
        Data.computed += 1
        return sum(range(self.n))

d = Data(10)
print(d.total, d.total, Data.computed, d.__dict__)
d.total = 99
print(d.total, Data.computed)
del d.total
print(d.total, Data.computed)
print(type(Data.total).__name__, Data.total.attrname, Data.total.__doc__, Data.total.func.__name__)
e = Data(5)
print(e.total, d.total, Data.computed)

class Slotted:
    __slots__ = ('x',)
    @cached_property
    def prop(self):
        return 1

def f(self):
    return 42
cp = cached_property(f)
print(cp.attrname, cp.__doc__)
class Late:
    pass
Late.answer = cp
cp.__set_name__(Late, 'answer')
print(Late().answer)

class Raises:
    @cached_property
    def bad(self):
        raise KeyError('nope')

tests = [
    lambda: Slotted().prop,
    lambda: cached_property(f).__get__(Late()),
    lambda: Raises().bad,
    lambda: cached_property(),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
try:
    class Twice:
        a = cp
        b = cp
except Exception as e:
    print(type(e).__name__, type(e.__cause__).__name__, e.__cause__)

class Sub(cached_property):
    pass
class UsesSub:
    @Sub
    def v(self):
        return 'sub'
print(UsesSub().v, type(UsesSub.__dict__['v']).__name__)

# cycle: the cached value references the instance
class Cyc:
    @cached_property
    def me(self):
        return [self]
c = Cyc()
c.me
del c
print(gc.collect() >= 2)
