import sys
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: sys.exit(1, 2))
show(lambda: sys.setrecursionlimit("x"))
show(lambda: sys.setrecursionlimit(2**70))
show(lambda: sys.setrecursionlimit(1.5))
show(lambda: sys.getrecursionlimit(1))
show(lambda: sys.exc_info(1))
show(lambda: sys.intern(5))
show(lambda: sys.intern("a" + "b") is sys.intern("ab"))
show(lambda: sys.getsizeof(1, 2, 3))
class S:
    def __sizeof__(self): return -1
show(lambda: sys.getsizeof(S()))
class S2:
    def __sizeof__(self): return "x"
show(lambda: sys.getsizeof(S2()))
show(lambda: sys.getsizeof(S2(), 7))
show(lambda: sys.exception())
try:
    raise KeyError(3)
except KeyError:
    show(lambda: repr(sys.exception()))
show(lambda: sys.argv[0].endswith("sy.py"))
show(lambda: type(sys.modules).__name__)
show(lambda: sys.version_info[:2])
show(lambda: sys.maxsize)
show(lambda: sys.getrefcount())
show(lambda: sys.stdout.name if hasattr(sys.stdout, "name") else "?")
show(lambda: (sys.stdin.name, sys.stderr.name))
show(lambda: sys.excepthook.__name__)
show(lambda: sys.__stdout__ is sys.stdout)
class S3:
    def __sizeof__(self): return 2**70
show(lambda: sys.getsizeof(S3()))
show(lambda: sys.getsizeof(S3(), 7))
class S4:
    def __sizeof__(self): raise TypeError("nope")
show(lambda: sys.getsizeof(S4(), "dflt"))
show(lambda: sys.getsizeof(S4()))
show(lambda: sys.setrecursionlimit(-2**70))
show(lambda: sys.setrecursionlimit(-2**40))
show(lambda: sys.setrecursionlimit(2**40))
