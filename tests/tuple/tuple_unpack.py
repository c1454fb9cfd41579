# Packing and unpacking tuples.
point = 3, 4
x, y = point
print(x, y)
def divmod_(a, b):
    return a // b, a % b
q, r = divmod_(17, 5)
print(q, r, divmod_(-17, 5))
(a, b), (c, d) = (1, 2), (3, 4)
print(a, b, c, d)
for name, value in (('one', 1), ('two', 2)):
    print(name, value)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print('ValueError:', e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print('ValueError:', e)
try:
    a, b = 5
except TypeError as e:
    print('TypeError:', e)
try:
    a, = ()
except ValueError as e:
    print('ValueError:', e)
