class M(type):
    def __new__(m, name, bases, ns, *, mflag=None, **kw):
        print('M.new', name, mflag, kw)
        return super().__new__(m, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, *, mflag=None, **kw):
        print('M.init', name, mflag, kw)
        super().__init__(name, bases, ns, **kw)
class Base(metaclass=M):
    def __init_subclass__(cls, /, sflag=None, **kw):
        print('init_subclass', cls.__name__, sflag, kw)
        super().__init_subclass__(**kw)
class C(Base, mflag=1, sflag=2): pass
try:
    class D(Base, other=3): pass
except TypeError as e: print(e)
T = type('T', (Base,), {}, sflag='via type()')
print(type(T).__name__)
T2 = M('T2', (Base,), {}, mflag='m', sflag='s')
try: type.__new__(M, 'X', (), {}, bad=1)
except TypeError as e: print(e)
try: type('X', (), {}, bad=1)
except TypeError as e: print(e)
try: type.__init__(C, 'a')
except TypeError as e: print(e)
try: type.__init__(C, 'a', (), {}, x=1)
except TypeError as e: print(e)
print(type.__new__(type, 'Y', (), {'a': 1}).a)
try: type.__new__(int, 'Y', (), {})
except TypeError as e: print(e)
try: type.__new__(type, 'Y', (), {}, 1)
except TypeError as e: print(e)
try: type.__new__()
except TypeError as e: print(e)
try: type.__new__(1)
except TypeError as e: print(e)
class NoKw:
    pass
try:
    class Sub(NoKw, x=1): pass
except TypeError as e: print(e)
X = type.__new__(type, 'X', (Base,), {})
print(type(X).__name__)
class OnlyInit(type):
    def __init__(cls, *a, **k): print('OnlyInit.init', a[0]); super().__init__(*a, **k)
class OI(metaclass=OnlyInit): pass
Y = type('Y', (OI,), {})
print(type(Y).__name__)
class BadInit(type):
    def __init__(cls, *a): return 5
try:
    class BI(metaclass=BadInit): pass
except TypeError as e: print(e)
BI = type.__new__(BadInit, "BI", (), {})
try: Z = type('Z', (BI,), {})
except TypeError as e: print(e)
