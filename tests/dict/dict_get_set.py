# Reading and writing items; get().
d = {}
d['x'] = 1
d['y'] = 2
d['x'] = 10
print(d, d['x'], d['y'])
print(d.get('x'), d.get('z'), d.get('z', 'default'), d.get('x', 'default'))
print(d.get('z', None), d.get('z', 0) + 5)
d[1] = 'int key'
d[(1, 2)] = 'tuple key'
print(d[1], d[1, 2])
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
d2 = d
d2['shared'] = True
print('shared' in d, d is d2)
