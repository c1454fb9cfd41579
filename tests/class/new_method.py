# __new__ overrides: singletons, immutable subclasses, __init__ skipped for other types.
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("abc")
print(u, type(u).__name__, len(u))
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("not called")
print(Other())
class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Pt(3, 4)
print(p, p.x, type(p).__name__, isinstance(p, tuple))
class Tracked:
    def __new__(cls, *args, **kw):
        print("new", args, kw)
        return object.__new__(cls)
    def __init__(self, a, b=0):
        print("init", a, b)
Tracked(1, b=2)
