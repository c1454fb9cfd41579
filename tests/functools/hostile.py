import functools, operator, gc
from functools import partial, lru_cache, reduce, cmp_to_key

# a partial whose repr reaches itself
p = partial(print)
p2 = partial(p, [1])
p2.args[0].append(p2)
print(repr(p2).count('...'))

class Key:
    # keyword-name with odd repr in a partial
    def __repr__(self):
        return 'Key!'
q = partial(max, Key(), default=Key())
print(repr(q).split(', ', 1)[1])

# cache_clear during a call and re-entrant calls
@lru_cache(maxsize=2)
def reent(n):
    if n == 3:
        reent.cache_clear()
    if n > 0:
        return reent(n - 1) + 1
    return 0
print(reent(5), reent.cache_info())

# unhashable-by-eq keys: a key whose __eq__ raises
class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        raise RuntimeError('eq!')
@lru_cache
def ident(x):
    return 'ok'
print(ident(BadEq()))
try:
    print(ident(BadEq()))
except RuntimeError as e:
    print('RuntimeError', e)

# a key whose __hash__ raises
class BadHash:
    def __hash__(self):
        raise ValueError('hash!')
try:
    ident(BadHash())
except ValueError as e:
    print('ValueError', e)
print(ident.cache_info())

# reduce whose function mutates the list being reduced
data = [1, 2, 3]
def grow(a, b):
    if len(data) < 6:
        data.append(b * 10)
    return a + b
print(reduce(grow, data), data)

# comparisons that raise inside sorting with cmp_to_key
def angry(a, b):
    if a == 2 or b == 2:
        raise ArithmeticError('no twos')
    return a - b
try:
    sorted([3, 2, 1], key=cmp_to_key(angry))
except ArithmeticError as e:
    print('ArithmeticError', e)

# itemgetter on an object whose __getitem__ raises something odd
class G:
    def __getitem__(self, k):
        if k == 'stop':
            raise StopIteration
        return k * 2
print(operator.itemgetter(1, 'ab')(G()))
try:
    operator.itemgetter('stop')(G())
except StopIteration:
    print('StopIteration')

# attrgetter with empty parts
for name in ['', 'a.', '.a', 'a..b']:
    try:
        operator.attrgetter(name)(G())
    except AttributeError as e:
        print('AttributeError', e)

# partial chains and cycles collected, wrapper cycles collected
for i in range(3):
    x = partial(partial, partial)
    x.me = x
    lc = lru_cache(maxsize=None)(lambda y: y)
    lc(lc)
    lc.ref = lc
    k = cmp_to_key(None)
    del x, lc, k
print(gc.collect() > 0)

# deep recursion through lru_cache gives RecursionError, not a crash
@lru_cache(maxsize=None)
def deep(n):
    return 0 if n == 0 else deep(n - 1) + 1
try:
    deep(100000)
except RecursionError:
    print('RecursionError')
print(deep(200))

# lots of evictions keep the size bounded
@lru_cache(maxsize=8)
def sq(n):
    return n * n
for i in range(1000):
    sq(i % 20)
print(sq.cache_info())
