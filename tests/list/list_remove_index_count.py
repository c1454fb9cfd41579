# remove(), index() and count().
l = [1, 2, 3, 2, 1, 2]
print(l.count(2), l.count(1), l.count(9), [].count(0))
print(l.index(2), l.index(2, 2), l.index(2, 4), l.index(1, -2))
l.remove(2)
print(l)
l.remove(2)
l.remove(1)
print(l)
try:
    l.remove(42)
except ValueError as e:
    print('ValueError:', e)
try:
    l.index(42)
except ValueError as e:
    print('ValueError:', e)
try:
    ['a'].index('b')
except ValueError as e:
    print('ValueError:', e)
print([True, 1, 1 / 1].count(1), [[1], [1]].count([1]))
print(['a', 'b', 'a'].index('a', 1))
