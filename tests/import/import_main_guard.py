import sys
sys.dont_write_bytecode = True
HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/_helpers")
def clean(s):
    return str(s).replace(HERE, "<here>")

import main_guard
print(main_guard.main())
print(__name__ == "__main__")
import replaces_self
print(replaces_self)
