import functools, operator
from functools import cached_property, total_ordering, lru_cache, partial

CI = type(lru_cache(1)(len).cache_info())
print(CI(1, 2, 3, 4), CI(hits=1, misses=2, maxsize=None, currsize=0), CI(1, 2, 3, 4) == (1, 2, 3, 4))
print(CI(5, 6, 7, 8)._asdict(), CI(1, 2, 3, 4).currsize)
for a in [(), (1,), (1, 2)]:
    try:
        CI(*a)
    except TypeError as e:
        print(e)

print(total_ordering(5), total_ordering(int) is int)

class Meta(type):
    @cached_property
    def info(cls):
        return 'meta-' + cls.__name__
class WithMeta(metaclass=Meta):
    pass
try:
    print(WithMeta.info)
except TypeError as e:
    print('TypeError', e)

cp = cached_property(len)
print(cp.__get__(None, int) is cp, cp.attrname, cp.func is len)
for bad in [lambda: cp.__set_name__(), lambda: cp.__set_name__(int, 'a', 'b')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError')

# operator functions used as keys and reducers
from functools import reduce
print(reduce(operator.mul, range(1, 11)), reduce(operator.or_, [{1}, {2}, {3}]))
print(sorted(['bb', 'a', 'ccc'], key=len), list(map(operator.neg, [1, -2])))
print(list(map(operator.methodcaller('strip', 'x'), ['xax', 'bxx'])))
print(partial(operator.sub, 10)(3), partial(operator.getitem, 'hello')(1))

# lru_cache on a method keeps per-instance entries and binds
class Counter:
    def __init__(self):
        self.n = 0
    @lru_cache(maxsize=None)
    def get(self, k):
        self.n += 1
        return (k, self.n)
c1, c2 = Counter(), Counter()
print(c1.get(1), c1.get(1), c2.get(1), c1.get(2), Counter.get.cache_info())
print(Counter.get(c1, 1), Counter.get.__wrapped__.__name__)
