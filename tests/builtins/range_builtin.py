# range objects: arguments, len, indexing, membership, repr.
print(range(5), range(1, 5), range(1, 10, 2), range(10, 0, -1), range(0))
print(len(range(5)), len(range(1, 5)), len(range(1, 10, 2)), len(range(10, 0, -3)))
print(len(range(0)), len(range(5, 1)), len(range(1, 5, -1)), len(range(-5, 5)))
r = range(3, 20, 4)
print(r[0], r[1], r[-1], r[-2], len(r))
print(3 in r, 4 in r, 19 in r, 20 in r, 7 not in r, -1 in range(-5, 0))
for i in range(-10, -20, -4):
    print(i, end=' ')
print()
total = 0
for i in range(1000):
    total += i
print(total)
print(range(0, 5, 2), range(-3, 3, 1))
print(range(1, 2) == range(1, 2))
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(3)[3]
except IndexError as e:
    print('IndexError:', e)
try:
    range('a')
except TypeError as e:
    print('TypeError:', e)
try:
    range(7 / 2)
except TypeError as e:
    print('TypeError:', e)
try:
    range()
except TypeError as e:
    print('TypeError:', e)
