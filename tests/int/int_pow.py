# Exponentiation: right-associative, binds tighter than unary minus on its left.
print(2 ** 10, 3 ** 3, 10 ** 18)
print(2 ** 0, 0 ** 0, 0 ** 5, 1 ** 100)
print((-2) ** 3, (-2) ** 4, -2 ** 2, (-1) ** 63)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(2 ** 62, 2 ** 62 - 1 + 2 ** 62)
print(3 ** 39)
print(7 ** 22)
print(2 ** -1, 4 ** -2)
print(-2 ** -1)
x = 5
print(x ** 2 + x, -x ** 2)
print(2 * 3 ** 2, (2 * 3) ** 2)
