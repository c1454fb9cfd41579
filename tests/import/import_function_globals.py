import sys
sys.dont_write_bytecode = True
HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/_helpers")
def clean(s):
    return str(s).replace(HERE, "<here>")

import mod_basic
mod_basic.x = 100
print(mod_basic.f(1))
from mod_basic import f
print(f(2), f.__module__, f.__globals__ is vars(mod_basic))
