# KeyError messages show the key's repr.
d = {'present': 1}
for key in ['missing', 1, (1, 2), None, '', "it's"]:
    try:
        d[key]
    except KeyError as e:
        print('KeyError:', e)
try:
    del d['nope']
except KeyError as e:
    print('KeyError:', e)
try:
    {}.pop('gone')
except KeyError as e:
    print('KeyError:', e, type(e))
try:
    d[[1]]
except TypeError as e:
    print('TypeError:', e)
try:
    d[{}] = 1
except TypeError as e:
    print('TypeError:', e)
