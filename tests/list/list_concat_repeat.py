# + , * and membership on lists.
a = [1, 2]
b = [3]
print(a + b, b + a, a + [], [] + [])
print(a * 2, 2 * a, a * 0, a * -1, [] * 5)
print([[0]] * 3)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
print(1 in a, 3 in a, 3 not in a, [1] in [[1], 2])
print(a, b)
try:
    a + (3,)
except TypeError as e:
    print('TypeError:', e)
try:
    a * 'x'
except TypeError as e:
    print('TypeError:', e)
