# Big ints: str(3**1000000), 477,122 digits (quadratic in CPython 3.11, not in glasspy).
import sys
sys.set_int_max_str_digits(0)
s = str(3 ** 1000000)
print(len(s), s[:20], s[-20:])
