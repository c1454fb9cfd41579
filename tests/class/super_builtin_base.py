# super().__init__ reaching a built-in base; object.__init__ argument checks.
class P:
    def __init__(self, a):
        super().__init__()
        self.a = a
print(P(1).a)

class Q:
    def __init__(self, a):
        super().__init__(a)
try:
    Q(1)
except TypeError as e:
    print("TypeError:", e)

class R:
    pass
try:
    R(1)
except TypeError as e:
    print("TypeError:", e)

class L(list):
    def __init__(self, it, extra):
        super().__init__(it)
        self.append(extra)
print(L([1, 2], 3))

class L2(list):
    def __init__(self, *args):
        list.__init__(self, args)
print(L2(4, 5, 6), len(L2(1)))

class Dd(dict):
    def __init__(self, **kw):
        super().__init__(kw)
        self["extra"] = True
print(sorted(Dd(a=1, b=2).items()))
print(object.__init__ is not None, callable(object.__new__))
o = object.__new__(R)
print(type(o).__name__)
