import sys
from . import helper
print("pkg_main.__main__:", __name__, __package__, helper.VALUE, sys.argv[1:])
