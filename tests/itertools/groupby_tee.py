# groupby's _grouper invalidation and tee's shared buffer.
from itertools import groupby, tee, islice, count, chain

g = groupby('aaabbc')
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)           # advancing the groupby invalidates g1
print(k2, list(g1), list(g2))
print(list(g1), list(g2))
groups = list(groupby('aabbbc'))
print([(k, list(v)) for k, v in groups])   # all groups but the last are empty
g = groupby([1, 1, 2, 2, 3])
k, grp = next(g)
print(next(grp), next(grp), next(grp, 'end'), next(g)[0])
# key function calls
calls = []
def key(x):
    calls.append(x)
    return x // 10
print([(k, list(v)) for k, v in groupby([1, 5, 12, 18, 25, 3], key)], calls)
# equality of keys decides, not identity
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v % 2 == o.v % 2
    def __repr__(self): return 'K(%d)' % self.v
print([(k, [x.v for x in v]) for k, v in groupby([K(1), K(3), K(2), K(4), K(5)])])
# tee
a, b = tee(iter(range(200)))
print(list(islice(a, 3)), list(islice(b, 60))[-1], next(a), list(a)[-1], list(b)[-1])
a, b = tee(range(5))
c, d = tee(a)
print(c is a, type(d).__name__, list(c), list(d), list(b))
t = tee('xyz', 3)
print(next(t[0]), next(t[0]), next(t[1]), next(t[2]))
e = t[0].__copy__()
print(list(t[0]), list(e), list(t[1]), list(t[2]))
# a tee of an iterator with __copy__ uses that __copy__
class Copyable:
    def __init__(self, i=0): self.i = i
    def __iter__(self): return self
    def __next__(self):
        if self.i >= 3: raise StopIteration
        self.i += 1
        return self.i
    def __copy__(self):
        print('copy at', self.i)
        return Copyable(self.i)
x = Copyable()
p, q = tee(x)
print(p is x, type(q).__name__, list(p), list(q))
# a tee re-entered from its own source
def gen():
    yield 1
    yield next(t1)
t1, t2 = tee(gen())
print(next(t1))
try:
    next(t1)
except RuntimeError as e:
    print(type(e).__name__, e)
# a long buffer is freed without recursion
a, b = tee(range(100000))
for _ in a: pass
print(sum(b))
a, b = tee(count())
for _ in islice(a, 200000): pass
del a, b
print('ok')
# tee keeps asking an exhausted iterator (like CPython)
class Flaky:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n == 2 or self.n >= 4: raise StopIteration
        return self.n
a, b = tee(Flaky())
print(list(a), list(a), list(b))
