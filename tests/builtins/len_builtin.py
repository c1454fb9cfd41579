# len() of every sized built-in type.
print(len(''), len('abc'), len('a\nb'))
print(len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({'a': 1, 'b': 2}))
print(len(range(10)), len(range(3, 10, 2)), len(range(10, 0, -3)), len(range(5, 1)))
print(len('é'), len([None] * 7))
for obj in (5, None, True, len):
    try:
        len(obj)
    except TypeError as e:
        print('TypeError:', e)
