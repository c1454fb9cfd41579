# PEP 420 namespace packages: directories without __init__.py, portions on several entries
import sys
sys.dont_write_bytecode = True
HERE = __file__.rsplit("/", 1)[0]
sys.path[:0] = [HERE + "/_helpers/ns_a", HERE + "/_helpers/ns_b"]
def clean(s):
    return str(s).replace(HERE, "<here>")
import nspkg
print(nspkg.__name__, nspkg.__file__, nspkg.__package__)
print([clean(p) for p in nspkg.__path__])
print(nspkg.__spec__.name, nspkg.__spec__.origin, nspkg.__spec__.has_location)
print([clean(p) for p in nspkg.__spec__.submodule_search_locations])
import nspkg.one
from nspkg import two
print(nspkg.one.one, two.two, two.sibling is nspkg.one, two.__package__)
from nspkg.sub import leaf
print(leaf.deep, [clean(p) for p in sys.modules["nspkg.sub"].__path__])
print(sorted(k for k in sys.modules if k.startswith("nspkg")))
print(sorted(k for k in vars(nspkg) if not k.startswith("__")))
import shadow
print(shadow.value, clean(shadow.__file__))
try:
    import nspkg.missing
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from nspkg import missing
except ImportError as e:
    print(e)
