import sys
sys.dont_write_bytecode = True
HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/_helpers")
def clean(s):
    return str(s).replace(HERE, "<here>")

# __spec__, __file__, __package__, __path__, __cached__ of imported modules
import ipkg.b, ipkg.sub.deep
s = ipkg.b.__spec__
print(type(s).__name__, s.name, s.parent, clean(s.origin), s.submodule_search_locations, s.has_location)
s = ipkg.__spec__
print(s.name, s.parent, s.submodule_search_locations is ipkg.__path__, clean(s.origin))
print([clean(p) for p in ipkg.__path__])
print(ipkg.sub.__spec__.name, ipkg.sub.__spec__.parent, ipkg.sub.deep.__spec__.parent)
print(__spec__, __package__, __name__)
print(clean(ipkg.b.__file__), ipkg.b.__package__, ipkg.__package__, ipkg.sub.deep.__package__)
print("__cached__" in dir(ipkg.b), "__spec__" in dir(ipkg.b), "__loader__" in dir(ipkg.b))
print(sorted(k for k in vars(ipkg.b) if k.startswith("__")))
print(sys.modules["ipkg.b"].__spec__ is ipkg.b.__spec__)
# relative imports resolve from __spec__.parent when __package__ is None
g = {"__name__": "whatever", "__package__": None, "__spec__": ipkg.sub.__spec__}
print(__import__("deep", g, None, ["bv"], 1).__name__)
s.name = "renamed"
print(s.name, ipkg.__spec__.name)
for name in ("gc", "time"):
    m = __import__(name)
    print(name, m.__spec__.name, m.__spec__.origin, m.__spec__.has_location, m.__spec__.parent,
          m.__spec__.submodule_search_locations)
print(ipkg.b.__spec__.has_location)
