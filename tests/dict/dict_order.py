# Dicts keep insertion order.
d = {}
for k in ['z', 'a', 'm', 'b']:
    d[k] = len(d)
print(d)
d['a'] = 'updated'
print(d)
del d['z']
d['z'] = 'reinserted'
print(d)
print(d.pop('m'), d)
d['m'] = 'last'
print(d)
ints = {}
for i in [5, 3, 9, 1, 7, 100, -4, 0]:
    ints[i] = i * i
print(ints)
for k in ints:
    print(k, end=' ')
print()
big = {}
for i in range(30):
    big[str(i * 7 % 30)] = i
keys = ''
for k in big:
    keys += k + ','
print(keys)
for i in range(0, 30, 2):
    del big[str(i)]
print(big)
