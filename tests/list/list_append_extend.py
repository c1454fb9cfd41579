# append() and extend().
l = []
l.append(1)
l.append('two')
l.append([3])
print(l, len(l))
l.extend([4, 5])
l.extend((6,))
l.extend('ab')
l.extend(range(2))
l.extend([])
print(l)
r = l.append(99)
print(r, l[-1])
print(l.extend([]) is None)
a = [1]
a.append(a[0] + 1)
a.extend(a)
print(a)
d = {'x': 1, 'y': 2}
k = []
k.extend(d)
print(k)
