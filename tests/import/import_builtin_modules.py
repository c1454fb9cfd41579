import sys
sys.dont_write_bytecode = True
HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/_helpers")
def clean(s):
    return str(s).replace(HERE, "<here>")

import sys as s2, gc, time, builtins
print(s2 is sys, gc.__name__, time.__name__, builtins.len is len)
print(repr(gc), repr(time), repr(sys))
print("gc" in sys.modules, "time" in sys.modules)
import time as t2
print(t2 is time)
from time import perf_counter, sleep
print(callable(perf_counter), sleep(0))
m = __import__("mod_basic")
print(m.x)
