import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul('ab', 3), op.truediv(7, 2), op.floordiv(7, 2))
print(op.mod(7, 3), op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.inv(0))
print(op.lshift(1, 4), op.rshift(256, 3), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.not_(0), op.not_([1]), op.truth(''), op.truth('x'), op.is_(None, None), op.is_not(1, None))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt('b', 'a'), op.ge(1, 2))
print(op.contains([1, 2, 3], 2), op.contains('abc', 'z'))
print(op.countOf([1, 2, 1, 3, 1], 1), op.indexOf('hello', 'l'))
d = {'a': 1}
print(op.getitem(d, 'a'), op.getitem([1, 2, 3], slice(1, None)))
op.setitem(d, 'b', 2); op.delitem(d, 'a'); print(d)
print(op.concat([1], [2]), op.concat('a', 'b'), op.index(7), op.length_hint([1, 2, 3]))
print(op.length_hint(iter([1, 2])), op.length_hint(5, 9), op.length_hint(x for x in 'ab'))
l = [1]
r = op.iadd(l, [2]); print(r is l, l)
t = (1,)
print(op.iadd(t, (2,)), t, op.iconcat([1], (2,)))
print(op.isub(5, 2), op.imul(3, 4), op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4),
      op.ipow(3, 3), op.ilshift(1, 3), op.irshift(16, 2), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))
s = {1, 2}
op.ior(s, {3}); print(s)
print(op.__add__ is op.add, op.__not__ is op.not_, op.__inv__(1), op.__lt__(1, 2))
print(op.add, op.__add__)
print(op.call(max, 1, 5, 3), op.call(sorted, [3, 1], reverse=True))

class M:
    def __matmul__(self, o): return 'matmul'
    def __imatmul__(self, o): return 'imatmul'
    def __length_hint__(self): return 4
print(op.matmul(M(), 1), op.imatmul(M(), 1), op.length_hint(M()))

class BadHint:
    def __length_hint__(self): return 'x'
class NegHint:
    def __length_hint__(self): return -1
class NIHint:
    def __length_hint__(self): return NotImplemented

tests = [
    lambda: op.add(1),
    lambda: op.add(1, 2, 3),
    lambda: op.add(1, 'a'),
    lambda: op.neg('a'),
    lambda: op.neg(),
    lambda: op.lt(1, 'a'),
    lambda: op.getitem([], 1),
    lambda: op.getitem({}, 'k'),
    lambda: op.delitem({}, 'k'),
    lambda: op.concat(1, 2),
    lambda: op.concat({}, {}),
    lambda: op.iconcat(1, [2]),
    lambda: op.indexOf([1, 2], 5),
    lambda: op.countOf(5, 1),
    lambda: op.index(1.5),
    lambda: op.length_hint(BadHint()),
    lambda: op.length_hint(NegHint()),
    lambda: op.length_hint(NIHint(), 7),
    lambda: op.length_hint([], 'x'),
    lambda: op.truediv(1, 0),
    lambda: op.matmul(1, 2),
    lambda: op.imatmul(1, 2),
    lambda: op.add(a=1, b=2),
    lambda: op.call(),
    lambda: op.not_(),
    lambda: op.setitem((1,), 0, 2),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
