import sys
sys.dont_write_bytecode = True
HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/_helpers")
def clean(s):
    return str(s).replace(HERE, "<here>")

import circ_a
print(circ_a.A_LATE, circ_a.circ_b.B_VALUE)
try:
    import circ_c
except ImportError as e:
    print(type(e).__name__, clean(e))
print("circ_c" in sys.modules, "circ_d" in sys.modules)
