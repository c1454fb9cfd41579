# KeyError and its str().
d = {'a': 1}
try:
    d['b']
except KeyError as e:
    print('KeyError:', e)
    print(type(e).__name__, repr(str(e)))
try:
    d[42]
except KeyError as e:
    print(e)
try:
    d[(1, 'x')]
except KeyError as e:
    print(e)
try:
    d.pop('zz')
except KeyError as e:
    print(e)
try:
    del d['zz']
except KeyError as e:
    print(e)
try:
    d['']
except KeyError as e:
    print(e)
print(d)
