# At exit, finalizers of objects kept by module globals still see those globals (CPython's
# finalize_modules: modules leave sys.modules, then the collector finalizes them intact).
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_helpers")
import exit_mod

class P:
    live = 0
    def __init__(self):
        P.live += 1
    def __del__(self):
        P.live -= 1
        print("del ok", P.live, len(registry))

registry = {"k": P()}
x = P()
print("end of script")
