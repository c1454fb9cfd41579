a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b >= a, b > a, a == b, a != b)
print(a <= a, a < a, a >= a, a > a)
print({1, 2} == frozenset({2, 1}), frozenset() == set(), set() == [])
print(a.issubset(b), a.issubset([1, 2]), a.issubset('x'), b.issuperset(a), b.issuperset([1, 9]))
print(a.isdisjoint({3}), a.isdisjoint([2]), a.isdisjoint(a), set().isdisjoint(set()))
print({1} == {1.0}, {1, 2} != {1, 2})
try:
    print(a < [1, 2, 3])
except TypeError as e:
    print(e)
