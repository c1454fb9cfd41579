class Gen:
    def __repr__(self): return "<Gen>"
    def __mro_entries__(self, bases):
        print('mro_entries', bases)
        return (Base,)
class Base:
    def hello(self): return 'hello'
g = Gen()
class C(g, metaclass=type):
    pass
print(C.__bases__, C.__orig_bases__, C().hello())
try:
    class D(Base, g): pass
except TypeError as e: print(e)

class NoEntries: pass
try:
    class E(NoEntries()): pass
except TypeError as e: print(e)
class Bad:
    def __mro_entries__(self, b): return [Base]
try:
    class F(Bad()): pass
except TypeError as e: print(e)
class Empty:
    def __repr__(self): return '<Empty>'
    def __mro_entries__(self, b): return ()
class G2(Empty()): pass
print(G2.__bases__, G2.__orig_bases__)
class MetaGA(type):
    def __getattr__(cls, n): return 'meta-ga ' + n
class H(metaclass=MetaGA): x = 1
print(H.x, H.nope)
class MetaRepr(type):
    def __repr__(cls): return f'<MR {cls.__name__}>'
class R(metaclass=MetaRepr): pass
print(R, [R], str(R))
class Outer:
    class Inner:
        def m(self): pass
    def f(self):
        class Local: pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer().f().__qualname__, Outer.Inner.__module__)
print(Outer.Inner.__name__, repr(Outer.Inner))
class WithDoc:
    """Doc here."""
print(WithDoc.__doc__, WithDoc().__doc__)
class MDir:
    def __dir__(self): return ['b', 'a', 'c']
print(dir(MDir()))
class MetaDir(type):
    def __dir__(cls): return ['zz', 'yy']
class MD(metaclass=MetaDir): pass
print(dir(MD))
class SN:
    def __set_name__(self, owner, name): print('set_name', name)
class Order:
    b = SN()
    a = SN()
    c = SN()
class InitSubOrder:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, [k for k in cls.__dict__ if not k.startswith('__')])
class Child(InitSubOrder):
    x = SN()
class Q:
    @classmethod
    @property
    def cp(cls): return 'cp ' + cls.__name__
print(Q.cp)
class Nest:
    @staticmethod
    def s(x): return x * 2
    m = s
print(Nest.s(2), Nest().s(3), type(Nest.__dict__['s']).__name__)
print(Nest.__dict__['s'].__func__(4), callable(Nest.__dict__['s']), Nest.__dict__['s'](5))
class QQ:
    __qualname__ = 'Custom.Q'
print(QQ.__qualname__, QQ.__name__)
try:
    class Z:
        __qualname__ = 5
except TypeError as e: print(e)
try: QQ.__name__ = 5
except TypeError as e: print(e)
QQ.__name__ = 'Renamed'; print(QQ.__name__, QQ)
try: QQ.__qualname__ = None
except TypeError as e: print(e)
try: int.__name__ = 'x'
except TypeError as e: print(e)
try: int.foo = 1
except TypeError as e: print(e)
try: del int.__add__
except TypeError as e: print(e)
try: object.__setattr__(int, 'x', 1)
except TypeError as e: print(e)
try: object.__delattr__(int, '__add__')
except TypeError as e: print(e)
class T2: pass
type.__setattr__(T2, 'x', 1); print(T2.x)
class SA:
    def __setattr__(self, k, v): object.__setattr__(self, k, v * 2)
sa = SA(); sa.q = 2; print(sa.q)
class LS(list): pass
ls = LS(); object.__setattr__(ls, 'w', 1); print(ls.w)
try: object.__setattr__(1, 'x', 1)
except AttributeError as e: print(e)
class MT(type): pass
class WithMT(metaclass=MT): pass
try: object.__setattr__(WithMT, 'x', 1)
except TypeError as e: print(e)
