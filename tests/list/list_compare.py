# Comparing lists.
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
print([] < [0], [2] > [1, 9], [1, 'a'] == [1, 'a'], [[1]] == [[1]])
print([1] == (1,), [] == None)
print([1, 2] <= [1, 2], [3] >= [3, 0])
try:
    [1] < ['a']
except TypeError as e:
    print('TypeError:', e)
