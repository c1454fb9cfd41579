class Meta(type):
    @property
    def attr(cls): return 'meta-data-descr'
    def method(cls): return 'meta-method'
    nondata = 'meta-plain'
class C(metaclass=Meta):
    attr = 'class-attr'
    method = 'class-method-attr'
print(C.attr, C.method, C.nondata, C().attr)
try: C.attr = 5
except AttributeError as e: print(e)
class Meta2(type):
    def __setattr__(cls, k, v):
        print('meta setattr', k); super().__setattr__(k, v)
    def __delattr__(cls, k):
        print('meta delattr', k); super().__delattr__(k)
class D(metaclass=Meta2): pass
D.x = 1; del D.x
try: del D.x
except AttributeError as e: print(e)
class Meta3(type):
    def __call__(cls, *a, **k):
        inst = cls.__new__(cls)
        inst.via_meta = True
        return inst
class E(metaclass=Meta3):
    def __init__(self): raise RuntimeError('not called')
print(E().via_meta)
class Meta4(type):
    def __len__(cls): return 3
    def __iter__(cls): return iter('abc')
    def __contains__(cls, x): return x == 'q'
    def __bool__(cls): return False
    def __eq__(cls, o): return o == 'same'
    def __hash__(cls): return 7
    def __or__(cls, o): return 'meta-or'
class F(metaclass=Meta4): pass
print(len(F), list(F), 'q' in F, bool(F), F == 'same', hash(F), F | int, not F)
print({F: 1}[F])
class Meta5(type):
    def mro(cls):
        return (cls, object)
class Base5:
    def base_m(self): return 'base'
class G(Base5, metaclass=Meta5): pass
print(G.__mro__, hasattr(G, 'base_m'), G.__bases__)
class Meta6(type):
    def __instancecheck__(cls, i): return True
class H(metaclass=Meta6): pass
print(isinstance(3, H), isinstance(3, (H, str)))
try:
    class Meta7(type):
        def __new__(m, *a): return 42
    class I(metaclass=Meta7): pass
    print(I)
except Exception as e: print(type(e).__name__, e)
class BadMro(type):
    def mro(cls): return (cls, 5, object)
try:
    class J(metaclass=BadMro): pass
except TypeError as e: print(e)
class BadMro2(type):
    def mro(cls): return [cls, int, object]
try:
    class K(metaclass=BadMro2): pass
except TypeError as e: print(e)
class RevMro(type):
    def mro(cls): return list(reversed(super().mro()))[::-1]
class L(metaclass=RevMro): pass
print(L.__mro__)
class P:
    def f(self): return 'P'
class Q:
    def f(self): return 'Q'
class SwapMro(type):
    def mro(cls):
        m = super().mro()
        if len(m) == 4: m[1], m[2] = m[2], m[1]
        return m
class R(P, Q, metaclass=SwapMro): pass
print([k.__name__ for k in R.__mro__], R().f())
class M8(type):
    @property
    def ro(cls): return 1
class S(metaclass=M8): pass
try: S.ro = 2
except AttributeError as e: print(e)
try: del S.ro
except AttributeError as e: print(e)
