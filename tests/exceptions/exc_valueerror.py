# ValueError messages.
try:
    int('12abc')
except ValueError as e:
    print('ValueError:', e)
try:
    int('ff', 10)
except ValueError as e:
    print('ValueError:', e)
try:
    [1, 2].index(3)
except ValueError as e:
    print('ValueError:', e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print('ValueError:', e)
try:
    'abc'.index('d')
except ValueError as e:
    print('ValueError:', e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError:', e)
try:
    a, b, c = 'xy'
except ValueError as e:
    print('ValueError:', e)
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    'a,b'.split('')
except ValueError as e:
    print('ValueError:', e)
try:
    1 << -1
except ValueError as e:
    print('ValueError:', e)
try:
    1 >> -1
except ValueError as e:
    print('ValueError:', e)
