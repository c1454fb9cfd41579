print(object.__init__, list.__init__, dict.__init__, type.__init__)
class C: pass
print(type(C.__init__).__name__, type(C().__init__).__name__, C.__init__ is object.__init__)
print(C().__init__.__name__, C().__init__.__qualname__, C().__init__.__objclass__)
try: object.__init__()
except TypeError as e: print(e)
try: list.__init__(5)
except TypeError as e: print(e)
l = [1, 2]; list.__init__(l, 'ab'); print(l)
d = {1: 2}; dict.__init__(d, a=1); print(d)
class L(list):
    def __init__(self, *a): super().__init__(*a); self.n = len(self)
print(L('xyz').n, L().n)
class D(dict):
    def __init__(self, **kw): super().__init__(**kw); self.k = sorted(self)
print(D(b=1, a=2).k)
try: object.__init__(C(), 1)
except TypeError as e: print(e)
class WithNew:
    def __new__(cls, *a): return super().__new__(cls)
object.__init__(WithNew(), 1)
print(C.__dict__.get('__init__'), '__init__' in object.__dict__)
print(dir(object.__init__) == dir(int.__add__))
