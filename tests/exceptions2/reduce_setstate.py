# BaseException.__reduce__ / __setstate__, and OSError's and ImportError's own __reduce__
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: ValueError("x").__reduce__())
show(lambda: ValueError().__reduce__())
e = KeyError("k", 2)
e.extra = [1]
show(lambda: e.__reduce__())
show(lambda: OSError(2, "x", "f").__reduce__())
show(lambda: OSError(2, "x", "f", None, "g").__reduce__())
show(lambda: OSError(2, "x").__reduce__())
show(lambda: OSError("just a message").__reduce__())
show(lambda: BlockingIOError(11, "again", 5).__reduce__())
o = PermissionError(13, "denied", "path")
o.note = "n"
show(lambda: o.__reduce__())
show(lambda: ImportError("m", name="n").__reduce__())
show(lambda: ImportError("m", name="n", path="p").__reduce__())
show(lambda: ImportError("m").__reduce__())
show(lambda: ModuleNotFoundError("No module named 'z'", name="z").__reduce__())
class Custom(Exception):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b
c = Custom(1, b=3)
show(lambda: c.__reduce__())
cls, args, state = c.__reduce__()
r = cls(*args)
r.__setstate__(state)
print(type(r).__name__, r.args, r.b)
e = ValueError(1)
print(e.__setstate__({"a": 5, "args": (9,)}), e.a, e.args)
show(lambda: e.__setstate__(5))
show(lambda: e.__setstate__(None))
show(lambda: e.__setstate__({1: 2}))
t, a = ValueError("again").__reduce__()
print(repr(t(*a)))
