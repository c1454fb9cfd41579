# sum() with and without a start value.
print(sum([1, 2, 3]), sum([]), sum(()), sum(range(101)))
print(sum([1, 2], 10), sum([], 5), sum(range(5), start=100))
print(sum([-1, -2, 3]), sum([True, True, False]))
print(sum([1, 7 / 2]), sum([1 / 2, 1 / 2]))
print(sum([[1], [2, 3]], []))
print(sum({1: 'a', 2: 'b'}), sum([], 0))
try:
    sum(['a', 'b'])
except TypeError as e:
    print('TypeError:', e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
try:
    sum(5)
except TypeError as e:
    print('TypeError:', e)
