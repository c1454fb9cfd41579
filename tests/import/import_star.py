import sys
sys.dont_write_bytecode = True
HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/_helpers")
def clean(s):
    return str(s).replace(HERE, "<here>")

from mod_all import *
print(a, c)
try:
    b
except NameError as e:
    print("NameError:", e)
from mod_noall import *
print(pub1, pub2)
print("_hidden" in globals(), "_sys" in globals())
