# str() and repr() of ints.
for n in (0, 5, -5, 256, 257, -6, 1000000, -9223372036854775807, 9223372036854775807):
    print(str(n), repr(n), len(str(n)))
print(str(-0), str(0x10), str(1_000))
print(str(12) + str(34), repr(12) == str(12))
print([1, -2, 3], (4, -5), {6: -7})
