# Modulo takes the sign of the divisor.
for a in (7, -7, 6, -6, 0, 1, -1, 13):
    for b in (2, -2, 3, -3, 5, -5):
        print(a, '%', b, '=', a % b)
print(9223372036854775807 % 10, -9223372036854775807 % 10)
print(9223372036854775807 % -10)
for a in (17, -17):
    for b in (5, -5):
        print(a, b, (a // b) * b + a % b == a)
