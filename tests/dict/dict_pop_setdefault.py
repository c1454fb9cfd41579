# pop() and setdefault().
d = {'a': 1, 'b': 2, 'c': 3}
print(d.pop('b'), d)
print(d.pop('zz', 'missing'), d.pop('a', None), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError:', e)
print(d.setdefault('c', 100), d)
print(d.setdefault('new', []), d)
d.setdefault('new', []).append(1)
d.setdefault('new', []).append(2)
print(d)
print(d.setdefault('none'), d)
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(word[0], []).append(word)
print(groups)
