# itertools: results of every iterator, reprs, types and the iterator protocol.
import itertools as it
from itertools import *

def take(n, i):
    return list(islice(i, n))

print(take(5, count()), take(3, count(10)), take(4, count(2, 3)), take(3, count(1.5, 0.5)))
print(take(3, count(10, -2)), take(3, count(start=5, step=0)), take(3, count(True)))
import sys
c = count(sys.maxsize - 1)
print(next(c), next(c), next(c), repr(c))
print(repr(count()), repr(count(5)), repr(count(5, 2)), repr(count(1.5)), repr(count(0, 1.0)),
      repr(count(2**70)), repr(count(-3)), repr(count(1, True)), repr(count(1, 0)))
c = count(3); next(c); next(c)
print(repr(c))
print(take(7, cycle('abc')), take(3, cycle([])), list(cycle(())))
print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -5)), take(4, repeat(None)))
print(repr(repeat(1)), repr(repeat('a', 3)), repr(repeat(1, -2)), repr(repeat(1, times=2)))
r = repeat(7, 3); next(r)
print(repr(r), r.__length_hint__(), len(list(r)), r.__length_hint__())
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=100)),
      list(accumulate([], initial=5)), list(accumulate([])), list(accumulate('abc')))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3, 4], lambda a, b: a * b)),
      list(accumulate([2, 3], func=None, initial=1)))
print(list(chain('ab', [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('ABC', [1, 1, 1, 1, 1])),
      list(compress(data=range(5), selectors=[0, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', [], None])),
      list(filterfalse(bool, [0, 2])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: a, [[1, 2], 'ab', ()])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')], list(groupby([])))
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)),
      list(islice('ABCDEFG', 0, None, 2)), list(islice('ABCDEFG', None)), list(islice('AB', None, None, None)),
      list(islice(range(100), 5, 50, 10)), list(islice('ABC', 5, 10)), list(islice(count(), 3, 10, 3)))
a, b = tee([1, 2, 3])
print(next(a), list(b), list(a))
print([list(t) for t in tee('abc', 3)], tee('abc', 0), len(tee([], 1)))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest([1], [])),
      list(zip_longest('ab', range(3), [None]*1)))
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise('')))
print(list(product('AB', 'xy')), list(product(range(2), repeat=3))[:4], list(product()),
      list(product('ab', [])), list(product('ab', repeat=0)), len(list(product(range(3), range(4), repeat=2))))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations([])),
      list(permutations('AB', 0)), list(permutations('AB', 3)), list(permutations('ABC', r=None))[:2])
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('AB', 0)),
      list(combinations('AB', 3)), list(combinations([], 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('AB', 0)),
      list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))),
      len(list(combinations_with_replacement(range(5), 3))))
# types, names, the iterator protocol
objs = [count(), cycle('a'), repeat(1), accumulate([]), chain(), compress([], []), dropwhile(None, []),
        filterfalse(None, []), groupby([]), islice([], 1), starmap(None, []), takewhile(None, []),
        tee([])[0], zip_longest(), pairwise([]), product(), permutations([]), combinations([], 0),
        combinations_with_replacement([], 0)]
for o in objs:
    print(type(o).__name__, type(o).__module__, iter(o) is o, repr(type(o)))
print(type(next(groupby('a'))[1]).__name__, repr(type(next(groupby('a'))[1])))
print(sorted(n for n in dir(it) if not n.startswith('__')))
print(isinstance(it.chain.from_iterable([]), chain))
class MyChain(chain):
    pass
m = MyChain.from_iterable(['ab', 'c'])
print(type(m).__name__, list(m))
class C(count):
    def __init__(self, *a, **k):
        self.tag = 'tagged'
c = C(3)
print(repr(c), c.tag, next(c))
class R(repeat):
    pass
print(repr(R('z', 2)))
