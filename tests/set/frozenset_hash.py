print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})))
print(hash(frozenset('abc')), hash(frozenset(range(100))))
print(hash(frozenset({frozenset({1}), frozenset({2})})))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), frozenset({1, 2}) == frozenset([2, 1, 1]))
d = {frozenset({1, 2}): 'a', frozenset(): 'b'}
print(d[frozenset([2, 1])], d[frozenset()])
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
f = frozenset(range(5))
print(f.copy() is f, frozenset(f) is f, set(f) == f)
