import sys
sys.dont_write_bytecode = True
HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/_helpers")
def clean(s):
    return str(s).replace(HERE, "<here>")

from pkg_all import *
print(one.ONE, two.TWO)
print("three" in globals())
import pkg_all
print(hasattr(pkg_all, "one"), hasattr(pkg_all, "three"))
from pkg_all import three
print(three.THREE, hasattr(pkg_all, "three"))
