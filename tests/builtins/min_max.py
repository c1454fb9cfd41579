# min() and max() over arguments and iterables.
print(min(3, 1, 2), max(3, 1, 2))
print(min([4, 8, 2, 6]), max([4, 8, 2, 6]))
print(min((5,)), max('hello'), min('hello'))
print(min(-1, -5), max(-1, -5), max(0, False), min(True, 2))
print(max(range(10)), min(range(3, 8)))
print(min(['b', 'a', 'c']), max(['apple', 'banana', 'cherry']))
print(max([1, 2], [1, 3]), min((2, 'a'), (1, 'z')))
print(max({'x': 1, 'y': 2}), min({3: 'a', 1: 'b'}))
print(max(1, 7 / 2), min(1, 1 / 2))
print(max(2, 2 == 2), max(1, True))
try:
    max([])
except ValueError as e:
    print('ValueError:', e)
try:
    min(())
except ValueError as e:
    print('ValueError:', e)
try:
    max(1)
except TypeError as e:
    print('TypeError:', e)
try:
    min(1, 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    max()
except TypeError as e:
    print('TypeError:', e)
