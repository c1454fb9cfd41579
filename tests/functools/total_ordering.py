from functools import total_ordering, cmp_to_key
import gc

def show(cls, a, b):
    x, y = cls(a), cls(b)
    print(cls.__name__, a, b, [x < y, x <= y, x > y, x >= y, x == y, x != y])

@total_ordering
class Lt:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v

@total_ordering
class Le:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __le__(self, o): return self.v <= o.v

@total_ordering
class Gt:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v

@total_ordering
class Ge:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v

for cls in (Lt, Le, Gt, Ge):
    for a, b in [(1, 2), (2, 2), (3, 2)]:
        show(cls, a, b)

print(Lt.__gt__.__name__, Le.__lt__.__name__, Gt.__le__.__name__, Ge.__gt__.__name__)
print(sorted([Lt(3), Lt(1), Lt(2)], reverse=True)[0].v, max(Ge(1), Ge(5), Ge(3)).v)

# the class defines two: the root is the max name, existing ones are kept
@total_ordering
class Two:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return 'custom lt'
    def __gt__(self, o): return self.v > o.v
print(Two(1) < Two(2), Two(1) <= Two(1), Two(2) >= Two(1))

# NotImplemented from the root passes through: falls back to the reflected operation
@total_ordering
class N:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if not isinstance(o, N):
            return NotImplemented
        return self.v < o.v
print(N(1).__gt__(5), N(1).__le__('x'))
for bad in [lambda: N(1) > 5, lambda: N(1) >= 'x']:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)

# subclasses of ordered builtins already define everything
@total_ordering
class MyInt(int):
    pass
print(MyInt(3) < MyInt(4))

@total_ordering
class Weird:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return 'eq-result'
    def __ne__(self, o): return 'ne-result'
print(Weird(1) <= Weird(1), Weird(2) > Weird(1), Weird(1) > Weird(2), Weird(2) >= Weird(1))

# cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)
def rev(a, b):
    return cmp(b, a)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted('banana', key=cmp_to_key(rev)))
K = cmp_to_key(cmp)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 != k2, k1 <= k2, k2 >= k1, k1.obj, type(k1).__name__)
print(min([5, 3, 9], key=cmp_to_key(lambda a, b: b - a)))
print(cmp_to_key(mycmp=cmp)(4).obj)
k1.obj = 'changed'
print(k1.obj)
for bad in [lambda: K(1) < 1, lambda: hash(K(1)), lambda: K(), lambda: K(1, 2),
            lambda: cmp_to_key(), lambda: K('a') < K(1),
            lambda: cmp_to_key(lambda a, b: 'x')(1) < cmp_to_key(lambda a, b: 'x')(2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# cycle: key holding itself
k = K(None)
k.obj = k
del k
print(gc.collect() >= 1)
