import sys
sys.dont_write_bytecode = True
HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/_helpers")
def clean(s):
    return str(s).replace(HERE, "<here>")

# PEP 562 module __getattr__ / __dir__, and dir() calling __dir__
import lazy_mod as lazy
print(lazy.dyn, lazy.real)
try:
    lazy.other
except AttributeError as e:
    print(e)
from lazy_mod import dyn
print(dyn)
print(dir(lazy))
try:
    from lazy_mod import nothere
except ImportError as e:
    print(clean(e), e.name, clean(e.path))
print(getattr(lazy, "dyn"), hasattr(lazy, "q"), getattr(lazy, "q", "dflt"))
m = sys.modules[__name__]
try:
    m.undefined_thing
except AttributeError as e:
    print(e)
class A:
    def __dir__(self):
        return ("b", "a", "c")
print(dir(A()))
class M(type):
    def __dir__(cls):
        return ["zz", "yy"]
class B(metaclass=M):
    pass
print(dir(B))
print(dir(A)[:3], "a" in dir(A), "__dir__" in dir(A))
class Bad:
    def __dir__(self):
        return 5
try:
    dir(Bad())
except TypeError as e:
    print(e)
class Gen:
    def __dir__(self):
        yield "y"
        yield "x"
print(dir(Gen()))
class Sub(A):
    pass
print(dir(Sub()))
import ipkg
ipkg.__dir__ = lambda: ["only"]
print(dir(ipkg))
del ipkg.__dir__
print("pv" in dir(ipkg))
