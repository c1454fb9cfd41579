# itertools objects in reference cycles (collected by gc.collect()), laziness, lifetimes.
import gc
from itertools import *

class Node:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)

class Step:
    def __init__(self, l): self.l = l
    def __index__(self): return 1

gc.collect()
gc.disable()
def make_cycles():
    out = []
    for mk in [lambda l: count(0, Step(l)), lambda l: cycle(l), lambda l: repeat(l), lambda l: accumulate(l),
               lambda l: chain(l), lambda l: compress(l, l), lambda l: dropwhile(None, l),
               lambda l: takewhile(l.append, l), lambda l: filterfalse(None, l), lambda l: groupby(l),
               lambda l: islice(l, 3), lambda l: starmap(None, l), lambda l: tee(l)[0],
               lambda l: zip_longest(l, fillvalue=l), lambda l: pairwise(l), lambda l: product(l),
               lambda l: permutations(l), lambda l: combinations(l, 1),
               lambda l: combinations_with_replacement(l, 1)]:
        l = [Node('n%d' % len(out))]
        i = mk(l)
        l.append(i)             # l -> i -> l
        out.append(type(i).__name__)
    return out
print(make_cycles())
print('collected', gc.collect() > 0)
# cycles through the values an iterator holds
def self_cycles():
    l = []
    c = cycle(l)
    l.append(c)
    next(c); next(c)            # saved holds c itself
    g = groupby([1, 1, 2])
    k, grp = next(g)
    t1, t2 = tee([None, 2, 3])
    box = [t1, t2]
    next(t1)
    d = {'t': t1}
    t1b = tee([d])[0]
    d['self'] = t1b
    next(t1b)
    p = product([1, 2])
    r = next(p)
    pw = pairwise([[], []])
    a = next(pw)
    a[0].append(pw)
    return 'made'
print(self_cycles(), gc.collect() > 0)
gc.enable()

# laziness: nothing is consumed before it is needed
log = []
def src(n):
    for i in range(n):
        log.append(i)
        yield i
it = islice(src(100), 2, 10, 3)
print(log, next(it), log)
it = chain(src(3), src(3))
print(next(it), log)
log.clear()
z = zip_longest(src(2), src(4))
print(next(z), log)
log.clear()
a, b = tee(src(5))
print(next(a), next(a), log, next(b), log)
log.clear()
g = groupby(src(6), lambda x: x // 2)
k, v = next(g)
print(k, log)
print(next(v), log)
# islice leaves the rest of the iterator where it stopped
i = iter(range(10))
print(list(islice(i, 3)), next(i), list(islice(i, 1, 3)), next(i))
# exhausted wrappers drop their source
class Src:
    def __init__(self): self.l = [Node('src')]
    def __iter__(self): return iter(self.l)
s = islice(Src(), 5)
print(len(list(s)), 'after islice')
s = chain(Src())
print(len(list(s)), 'after chain')
s = pairwise(Src())
print(len(list(s)), 'after pairwise')
print('end')
