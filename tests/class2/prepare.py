class LogDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)

class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', mcls.__name__, name, bases, kw)
        return LogDict()
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, type(ns).__name__, ns.order, kw)
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        print('init', name, kw)
        super().__init__(name, bases, ns)

class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)

class C(Base, metaclass=M, flag=1):
    x = 1
    def f(self): return 2
    y = x + 1
print(C.x, C.y, C().f(), type(C).__name__)

class D(C, flag=2): z = 3
print(type(D).__name__)

class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases): return 5
try:
    class E(metaclass=Bad): pass
except TypeError as e: print(e)

def fmeta(name, bases, ns, **kw):
    print('fmeta', name, bases, sorted(ns), kw)
    return 42
class F(metaclass=fmeta, y=2): z = 1
print(F)
fmeta.__prepare__ = lambda *a, **k: print('fprep', a, k) or {}
class F(metaclass=fmeta, y=2): z = 1
fmeta.__prepare__ = lambda *a, **k: [1]
try:
    class F(metaclass=fmeta): z = 1
except Exception as e: print(type(e).__name__, e)
fmeta.__prepare__ = lambda *a, **k: 3
try:
    class F(metaclass=fmeta): z = 1
except Exception as e: print(type(e).__name__, e)

# custom mapping that is not a dict: class body reads through __getitem__
class NS:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        print('get', k)
        return self.d[k]
    def __setitem__(self, k, v):
        print('set', k)
        self.d[k] = v
class M2(type):
    def __prepare__(name, bases): return NS()
    def __new__(m, name, bases, ns): return type.__new__(m, name, bases, ns.d)
class G(metaclass=M2):
    a = 1
    b = a + 1
    try:
        c = undefined_name
    except NameError:
        print('NameError')
print(G.a, G.b)
class M3(type):
    def __prepare__(name, bases): return NS()
try:
    class H(metaclass=M3): a = 1
except TypeError as e: print(e)
print(type.__prepare__('x', ()), type.__prepare__('x', (), a=1))
class M4(type): pass
class M5(type): pass
class A4(metaclass=M4): pass
try:
    class B5(A4, metaclass=M5): pass
except TypeError as e: print(e)
class B6(A4, metaclass=type): pass
print(type(B6).__name__)
try:
    class K(Base, unknown=1, other=2): pass
except TypeError as e: print(e)
try:
    class K2(unknown=1): pass
except TypeError as e: print(e)
class AutoNS(dict):
    def __missing__(self, k):
        if k.startswith('auto_'): return k.upper()
        raise KeyError(k)
class M(type):
    @classmethod
    def __prepare__(m, n, b): return AutoNS()
    def __new__(m, n, b, ns): return super().__new__(m, n, b, dict(ns))
class C(metaclass=M):
    x = auto_thing
    y = len('abc')
print(C.x, C.y)
class GetNS(dict):
    def __getitem__(self, k):
        print('getitem', k)
        return super().__getitem__(k)
class M2(type):
    @classmethod
    def __prepare__(m, n, b): return GetNS()
class D(metaclass=M2):
    a = 1
    b = a
print(D.b)
