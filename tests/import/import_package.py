import sys
sys.dont_write_bytecode = True
HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/_helpers")
def clean(s):
    return str(s).replace(HERE, "<here>")

import pkg_a
print(pkg_a.__doc__, pkg_a.top_value, pkg_a.__package__)
print([clean(p) for p in pkg_a.__path__])
import pkg_a.sub
print(pkg_a.sub.sub_value, pkg_a.sub.__name__, pkg_a.sibling.SIB)
import pkg_a.inner.deep as d
print(d.DEEP, d.__name__, d.__package__)
from pkg_a.inner import DEEP
print(DEEP)
from pkg_a import sibling
print(sibling.__name__)
print(sorted(k for k in sys.modules if k.startswith("pkg_a")))
try:
    import pkg_a.too_far
except ImportError as e:
    print(type(e).__name__, e)
try:
    import pkg_a.nothing_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
