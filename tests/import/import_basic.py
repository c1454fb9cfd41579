import sys
sys.dont_write_bytecode = True
HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/_helpers")
def clean(s):
    return str(s).replace(HERE, "<here>")

import mod_basic
print(mod_basic.x, mod_basic.f(5), mod_basic.__name__, mod_basic.__doc__)
print(mod_basic.__file__.endswith("/_helpers/mod_basic.py"))
print(clean(repr(mod_basic)))
print(type(mod_basic).__name__, "mod_basic" in sys.modules, sys.modules["mod_basic"] is mod_basic)
import mod_basic as mb
print(mb is mod_basic)
print(sorted(k for k in vars(mod_basic) if not k.startswith("__")))
print(mod_basic.__builtins__ is not None, mod_basic.__package__ == "")
