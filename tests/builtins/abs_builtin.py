# abs() of ints, bools and floats.
print(abs(5), abs(-5), abs(0), abs(-0))
print(abs(-9223372036854775807), abs(9223372036854775807))
print(abs(True), abs(False), abs(-7 / 2))
print(abs(-256), abs(-257))
x = -3
print(abs(x) + abs(-x), abs(x - 10))
try:
    abs('a')
except TypeError as e:
    print('TypeError:', e)
try:
    abs(None)
except TypeError as e:
    print('TypeError:', e)
