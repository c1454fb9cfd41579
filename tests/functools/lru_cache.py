import functools, gc
from functools import lru_cache, cache

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(300))
print(fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__, fib.__qualname__, fib.__module__)
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info())

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

print(sq(1), sq(2), sq(1), sq(3), sq(2), sq(1))
print(calls, sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info), len(info))
print(info == (1, 5, 2, 2), isinstance(info, tuple), type(info).__name__)
print(sq.cache_parameters())

@lru_cache(maxsize=None)
def add(a, b=0, *, c=0):
    "Add things."
    calls.append((a, b, c))
    return a + b + c

calls.clear()
print(add(1, 2), add(1, 2), add(1, b=2), add(b=2, a=1), add(1, c=3), add(1, 2))
print(calls, add.cache_info(), add.__doc__)
print(add.cache_parameters())

@lru_cache(typed=True)
def t(x):
    calls.append(x)
    return x
calls.clear()
print(t(1), t(1.0), t(True), t(1), calls, t.cache_info())

@lru_cache()
def u(x):
    calls.append(x)
    return x
calls.clear()
print(u(1), u(1.0), u(True), calls, u.cache_info())

@lru_cache(0)
def z(x):
    return x
print(z(1), z(1), z.cache_info())

@lru_cache(-5)
def z2(x):
    return x
print(z2(1), z2.cache_info())

@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(50), fact.cache_info())

class A:
    def __init__(self, k):
        self.k = k
    @lru_cache(maxsize=4)
    def m(self, x):
        return self.k * x
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return self.k == other.k

a = A(3)
print(a.m(2), a.m(2), A.m.cache_info(), A(3).m(2), A.m.cache_info())

for bad in [lambda: lru_cache('x'), lambda: lru_cache(1.5), lambda: fib([1]),
            lambda: fib({}), lambda: cache(5), lambda: lru_cache(len, typed=1),
            lambda: fib(), lambda: add()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

@lru_cache(maxsize=3)
def boom(x):
    if x < 0:
        raise ValueError('neg')
    return x
for x in [1, -1, -1, 2]:
    try:
        boom(x)
    except ValueError as e:
        print('ValueError', e)
print(boom.cache_info())

# big maxsize value and bool maxsize
try:
    @lru_cache(maxsize=10**30)
    def big(x):
        return x
except OverflowError as e:
    print('OverflowError', e)
@lru_cache(maxsize=True)
def one(x):
    return x
print(one(1), one(2), one(1), one.cache_info())

# cycles: the cache holds an object that references the wrapper
class Node:
    pass
@lru_cache(maxsize=None)
def make(i):
    n = Node()
    n.f = make
    return n
make(1); make(2)
del make
print(gc.collect() >= 3)

# LRU order under a long mixed sequence of hits and evictions
seen = []
@lru_cache(maxsize=5)
def mix(x):
    seen.append(x)
    return -x
v = 7
for i in range(400):
    v = (v * 1103515245 + 12345) % 2147483648
    mix(v % 9)
print(len(seen), sum(seen), seen[-10:], mix.cache_info())
