# in, not in, len() and del.
d = {'a': 1, 'b': 2, 'c': 3}
print('a' in d, 'z' in d, 'z' not in d, 1 in d, len(d))
del d['a']
print('a' in d, len(d), d)
d['a'] = 'back'
print(d)
for key in ['b', 'c', 'a']:
    del d[key]
print(d, len(d), bool(d))
print(len({}), bool({}), bool({0: 0}))
n = {1: 'int', '1': 'str'}
print(1 in n, '1' in n, 2 in n, len(n))
