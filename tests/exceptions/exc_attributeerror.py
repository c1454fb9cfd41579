# AttributeError messages for built-in types.
for obj in (1, 'a', [1], (1,), {}, None, True):
    try:
        obj.nonexistent
    except AttributeError as e:
        print(e)
try:
    [].push(1)
except AttributeError as e:
    print(e)
try:
    'abc'.append('d')
except AttributeError as e:
    print(e)
try:
    {}.has_key('a')
except AttributeError as e:
    print(e)
try:
    (1, 2).append(3)
except AttributeError as e:
    print(e)
try:
    x = 5
    x.real = 6
except AttributeError as e:
    print(e)
