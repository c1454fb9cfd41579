# sys.maxsize is the largest 64-bit signed value.
import sys
print(sys.maxsize)
print(sys.maxsize == 9223372036854775807, type(sys.maxsize))
print(sys.maxsize // 2 + sys.maxsize // 2 + 1 == sys.maxsize)
print(-sys.maxsize, hex(sys.maxsize))
from sys import maxsize
print(maxsize is sys.maxsize, maxsize)
