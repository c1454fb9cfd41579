# print() with sep and end.
print()
print('a')
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=', ')
print('a', 'b', sep='\n')
print('no newline', end='')
print(' -- continued')
print('x', end='|')
print('y', end='|\n')
print(1, 2, sep=' + ', end=' = 3\n')
print(sep='ignored')
print(end='')
print('a', 'b', sep=None, end=None)
print('', '')
print(1, 'two', [3], (4,), {5: 6}, None, True, 7 / 2)
for i in range(3):
    print(i, end=' ')
print()
print('multi\nline')
try:
    print('x', sep=1)
except TypeError as e:
    print('TypeError:', e)
try:
    print('x', end=[])
except TypeError as e:
    print('TypeError:', e)
try:
    print('x', nosuch=1)
except TypeError as e:
    print('TypeError:', e)
