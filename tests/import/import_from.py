import sys
sys.dont_write_bytecode = True
HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/_helpers")
def clean(s):
    return str(s).replace(HERE, "<here>")

from mod_basic import f, x as ex
print(f(1), ex)
from mod_basic import (f as g,
                       _private)
print(g(2), _private)
from mod_all import a, b
print(a, b)
def inside():
    from mod_basic import x
    import mod_all as ma
    return x, ma.c
print(inside())
