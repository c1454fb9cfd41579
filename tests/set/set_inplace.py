a = {1, 2, 3}
b = a
a |= {4, 5}
print(a, a is b)
a &= {1, 2, 4, 9}
print(a, a is b)
a -= {1}
print(a, a is b)
a ^= {2, 7}
print(a, a is b)
s = {1, 2, 3}
s.update([4], (5, 6), 'ab')
print(s)
s.intersection_update(range(10), [1, 2, 3, 4, 5])
print(s)
s.difference_update([1], {2})
print(s)
s.symmetric_difference_update([3, 99])
print(s)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, g, f is g)
try:
    a |= [1]
except TypeError as e:
    print(e)
