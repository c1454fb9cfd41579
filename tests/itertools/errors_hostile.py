# itertools over hostile iterables: errors propagate, nothing crashes, state after errors.
from itertools import *

class Boom(Exception):
    pass

class Bad:
    """Yields 1, 2 then raises Boom, then yields 3."""
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n == 3: raise Boom('at 3')
        if self.n > 4: raise StopIteration
        return self.n

class NotIter:
    def __iter__(self): return 42

def run(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

def upto_error(i):
    out = []
    try:
        for x in i:
            out.append(x)
    except Exception as e:
        out.append(type(e).__name__)
    return out

for name, mk in [('cycle', lambda: cycle(Bad())), ('accumulate', lambda: accumulate(Bad())),
                 ('chain', lambda: chain(Bad(), 'z')), ('compress', lambda: compress(Bad(), repeat(1))),
                 ('dropwhile', lambda: dropwhile(lambda x: False, Bad())),
                 ('takewhile', lambda: takewhile(lambda x: True, Bad())),
                 ('filterfalse', lambda: filterfalse(None, Bad())),
                 ('islice', lambda: islice(Bad(), 10)), ('starmap', lambda: starmap(max, map(lambda x: (x,), Bad()))),
                 ('zip_longest', lambda: zip_longest(Bad(), 'abcdef')), ('pairwise', lambda: pairwise(Bad())),
                 ('groupby', lambda: (k for k, g in groupby(Bad()))), ('tee', lambda: tee(Bad())[0])]:
    i = mk()
    first = upto_error(islice(i, 8))
    second = upto_error(islice(i, 8))
    print(name, first, second)

for name, f in [('cycle', lambda: cycle(NotIter())), ('chain', lambda: list(chain([1], NotIter()))),
                ('product', lambda: product(NotIter())), ('tee', lambda: tee(NotIter())),
                ('islice', lambda: islice(NotIter(), 1)), ('zip_longest', lambda: zip_longest([], NotIter())),
                ('combinations', lambda: combinations(NotIter(), 1)), ('groupby', lambda: groupby(NotIter())),
                ('pairwise', lambda: pairwise(NotIter())), ('chain.from', lambda: list(chain.from_iterable([NotIter()])))]:
    run(name, f)

# a chain stops after a non-iterable input, as CPython's does
c = chain([1], 5, [2])
print(upto_error(c), upto_error(c))
# functions that raise
def bad_key(x):
    if x == 'c': raise Boom('key')
    return x
g = groupby('aabcc', bad_key)
print(upto_error((k, list(v)) for k, v in g))
print(upto_error(accumulate([1, 2, 'x', 4])), upto_error(accumulate([1, 2, 3], lambda a, b: 1 / 0)))
print(upto_error(starmap(divmod, [(5, 2), (1, 0), (3, 3)])), upto_error(starmap(pow, [5])))
print(upto_error(dropwhile(lambda x: 1 / x, [1, 0, 3])), upto_error(takewhile(lambda x: 1 / x, [1, 0])))
print(upto_error(filterfalse(lambda x: 1 / x, [1, 0])), upto_error(compress([1, 2], [1, Bad()])))
class BadBool:
    def __bool__(self): raise Boom('bool')
print(upto_error(compress([1, 2], [1, BadBool()])), upto_error(filterfalse(None, [0, BadBool(), 0])))
c = count(2**63 - 2, 2**62)
print(next(c), next(c), next(c), repr(c))
class Num:
    def __index__(self): return 3
    def __add__(self, o): raise Boom('add')
    def __repr__(self): return 'Num()'
c = count(Num())
print(repr(c))
print(upto_error(islice(c, 3)), repr(c))
# huge counts / sizes
run('repeat huge', lambda: repr(repeat(1, 2**62)))
run('islice huge', lambda: list(islice(range(5), 2**62, None)))
run('islice maxsize', lambda: list(islice('abc', 1, 9223372036854775807, 9223372036854775807)))
run('product empty huge', lambda: list(product([], repeat=2**20)))
run('comb huge r', lambda: list(combinations(range(3), 2**40)))
run('perm huge r', lambda: list(permutations('ab', 2**40)))
run('tee huge n', lambda: tee([], 2**62))
run('bool r', lambda: list(combinations('abc', True)))
run('index r', lambda: list(combinations('abc', Num())))
run('index islice', lambda: list(islice('abcdef', Num())))
run('index repeat', lambda: list(repeat('q', Num())))
# a comparison that raises inside groupby
class BadEq:
    def __eq__(self, o): raise Boom('eq')
    __hash__ = None
g = groupby([BadEq(), BadEq()])
print([type(x).__name__ if not isinstance(x, str) else x for x in upto_error(k for k, v in g)])
k, grp = next(groupby([1, 1]))
print(list(grp))
