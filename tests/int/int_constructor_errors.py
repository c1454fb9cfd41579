# Error messages of int().
tests = ['abc', '', ' ', '1.5', '12a', '1__0', '_1', '0x10', '--1', '1 2']
for s in tests:
    try:
        int(s)
    except ValueError as e:
        print('ValueError:', e)
try:
    int('12', 1)
except ValueError as e:
    print('ValueError:', e)
try:
    int('12', 37)
except ValueError as e:
    print('ValueError:', e)
try:
    int('9', 8)
except ValueError as e:
    print('ValueError:', e)
try:
    int('g', 16)
except ValueError as e:
    print('ValueError:', e)
try:
    int(None)
except TypeError as e:
    print('TypeError:', e)
try:
    int([1])
except TypeError as e:
    print('TypeError:', e)
try:
    int(12, 10)
except TypeError as e:
    print('TypeError:', e)
