# Tuples as dict keys.
grid = {}
grid[(0, 0)] = 'origin'
grid[1, 2] = 'a'
grid[(1, 2)] = 'b'
print(grid)
print(grid[0, 0], (1, 2) in grid, (2, 1) in grid)
coords = {}
for x in range(3):
    for y in range(2):
        coords[(x, y)] = x * 10 + y
print(coords)
print(coords.get((2, 1)), coords.get((9, 9)))
nested = {((1, 2), 'a'): 'nested key'}
print(nested[((1, 2), 'a')])
try:
    {([1], 2): 0}
except TypeError as e:
    print('TypeError:', e)
