# List displays and their repr.
print([])
print([1, 2, 3])
print(['a', "b", 'c\'d'])
print([[1, 2], [3, [4, [5]]], []])
print([None, True, False, 7 / 2])
print([1, 'two', (3,), {'four': 4}])
print(repr([1]), str([1]), len([1, 2, 3]))
l = [1,
     2,
     3,]
print(l, type(l))
print([0] * 3, [] if False else [1])
