# glasspy-exp: hand
# An int object is 24 bytes: refcount, type pointer, value (CPython 3.11 says 28).
import sys
print(sys.getsizeof(1))
print(sys.getsizeof(1) == 24)
print(sys.getsizeof(0), sys.getsizeof(-5), sys.getsizeof(1000), sys.getsizeof(sys.maxsize))
from sys import getsizeof
print(getsizeof(256 + 1))
