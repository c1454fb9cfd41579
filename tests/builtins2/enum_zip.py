print(list(enumerate([])), list(enumerate("ab")), list(enumerate("ab", -1)), list(enumerate(range(3), start=10)))
for i, (a, b) in enumerate(zip("xy", [1, 2])):
    print(i, a, b)
print(dict(zip(["a", "b"], [1, 2])), list(zip(*[(1, "a"), (2, "b")])))
print(sorted(zip([3, 1, 2], "cab")), list(zip(range(3), range(10, 13), "abc")))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(str.isdigit, "a1b2")))
print(any([]), all([]), any([0, None]), all([1, "a"]), any(x > 3 for x in [1, 5]), all([[]]))
print(sorted([3, 1, 2], reverse=True), sorted("bca", key=None), list(reversed("abc")), list(reversed(range(2, 8, 2))))
try:
    sorted([1, 2], 1)
except TypeError as e:
    print(e)
try:
    enumerate(5)
except TypeError as e:
    print(e)
try:
    zip(1)
except TypeError as e:
    print(e)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
