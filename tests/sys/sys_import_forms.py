# import sys and from sys import NAME.
import sys
from sys import getsizeof
from sys import maxsize, argv
print(type(sys).__name__)
print(getsizeof(1) > 0, type(getsizeof('abc')))
print(maxsize == sys.maxsize, argv is sys.argv)
import sys
print(sys.argv == argv)
def uses_sys():
    return sys.maxsize > 0
print(uses_sys())
try:
    from sys import nosuchname
except ImportError as e:
    print(type(e).__name__)
