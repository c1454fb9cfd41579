# Dict equality ignores order.
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1})
print({'a': 1} == {'a': 2}, {'a': 1} != {'a': 1, 'b': 2}, {} == {})
print({1: [1]} == {1: [1]}, {1: 'x'} == [1])
try:
    {} < {}
except TypeError as e:
    print('TypeError:', e)
