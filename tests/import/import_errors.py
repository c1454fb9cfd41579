import sys
sys.dont_write_bytecode = True
HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/_helpers")
def clean(s):
    return str(s).replace(HERE, "<here>")

try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import mod_basic.child
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from mod_basic import missing_name
except ImportError as e:
    print(type(e).__name__, clean(e))
try:
    from no_such_pkg_xyz import thing
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
try:
    from mod_basic import zz
except ImportError as e:
    print(e.name, clean(e.path))
try:
    from sys import nothing_here
except ImportError as e:
    print(e.name, e.path, e)
