# Big ints: math.factorial(50000), 213,237 digits.
import math
f = math.factorial(50000)
print(f.bit_length(), f % 1000000007)
