# BaseException.__dict__ (made on first use), the OSError aliases of builtins
e = ValueError(1)
print(e.__dict__)
e.x = 5
print(e.__dict__, e.x)
e.__dict__ = {"y": 2}
print(e.y, hasattr(e, "x"))
for bad in (None, [1]):
    try:
        e.__dict__ = bad
    except TypeError as x:
        print(x)
try:
    del e.__dict__
except TypeError as x:
    print(x)
print(OSError().__dict__, KeyError().__dict__, SyntaxError().__dict__)
print(IOError is OSError, EnvironmentError is OSError, IOError.__name__)
try:
    raise IOError(2, "gone", "f")
except FileNotFoundError as x:
    print(type(x).__name__, x)
try:
    raise EnvironmentError("plain")
except OSError as x:
    print(type(x).__name__, x)
import builtins
print(builtins.IOError is OSError, builtins.EnvironmentError is OSError)
