# del of list items, slices and dict keys.
l = [0, 1, 2, 3, 4, 5]
del l[0]
print(l)
del l[-1]
print(l)
del l[1:3]
print(l)
del l[:]
print(l, len(l))
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
l = [1, 2]
try:
    del l[5]
except IndexError as e:
    print('IndexError', e)
nested = {'k': [1, 2, 3]}
del nested['k'][1]
print(nested)
d = {1: 'x', 2: 'y'}
del d[1], d[2]
print(d)
