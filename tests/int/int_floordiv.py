# Floor division rounds toward negative infinity.
for a in (7, -7, 6, -6, 0, 1, -1):
    for b in (2, -2, 3, -3, 7, -7):
        print(a, '//', b, '=', a // b)
print(9223372036854775807 // 2, -9223372036854775807 // 2)
print(9223372036854775807 // -1)
print(-9223372036854775807 // 10)
print(100 // 7 // 2)
