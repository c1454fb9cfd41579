# Chained comparisons evaluate each operand once and short-circuit.
def v(x):
    print('eval', x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1) != v(2) < v(5))
x = 5
print(1 < x < 10, 10 < x < 20, 1 < x > 3, x == 5 == 10 // 2)
print(1 < 2 > 1 < 2 > 1)
print('a' < 'b' <= 'b' < 'c')
print(1 in [1, 2] in [[1, 2]], 3 not in [1] not in [[3]])
a = b = []
print(a is b is not None)
