# Tuple concatenation, repetition, comparison and membership.
a = (1, 2)
b = (3,)
print(a + b, b + a, a + (), () + ())
print(a * 3, 0 * a, a * -1)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,))
print((2,) > (1, 99), (1, 'a') == (1, 'a'), (1,) == [1])
print(1 in a, 3 in a, 3 not in a, (1, 2) in ((1, 2), 3))
print(len(a + b), len(a * 4))
for x in a + b:
    print(x)
try:
    a + [3]
except TypeError as e:
    print('TypeError:', e)
print(min((3, 1, 2)), max((3, 1, 2)), sum((3, 1, 2)))
