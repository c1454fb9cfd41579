class C:
    def m(self, a): return a
    x = property()
    y = property(lambda s: 1)
try: C.m()
except TypeError as e: print(e)
try: C().m()
except TypeError as e: print(e)
try: C().m(1, 2)
except TypeError as e: print(e)
try: C().x
except AttributeError as e: print(e)
try: C().x = 1
except AttributeError as e: print(e)
try: del C().y
except AttributeError as e: print(e)
try: C().y = 2
except AttributeError as e: print(e)
p = property(lambda s: 1)
class D: pass
D.z = p
try: D().z = 1
except AttributeError as e: print(e)
class MyProp(property):
    extra = 'e'
class E:
    @MyProp
    def v(self): return 'v'
    @v.setter
    def v(self, val): self._v = val
print(type(E.__dict__['v']).__name__, E().v, E.v.extra)
e = E(); e.v = 3; print(e._v)
class F:
    @staticmethod
    def __init__(*a): print('static init', len(a))
F()
class G:
    @classmethod
    def __new__(cls, *a): print('cm new', cls.__name__, a); return object.__new__(G)
G()
class H:
    __init__ = lambda self, v: setattr(self, 'v', v)
print(H(3).v)
class I:
    def __getattribute__(self, n):
        if n == '__class__': return int
        return object.__getattribute__(self, n)
print(I().__class__, type(I()).__name__, isinstance(I(), int))
class MetaGA(type):
    def __getattribute__(cls, n):
        if n == 'magic': return 'meta-magic'
        return super().__getattribute__(n)
class J(metaclass=MetaGA):
    real = 1
print(J.magic, J.real)
try: J.nothing
except AttributeError as e: print(e)
class K:
    x = 10
    def f(self): return self.x
k = K(); k.x = 20
print(k.f(), K.f(k), K.x, getattr(K, 'f')(k))
print(K.__dict__['f'].__get__(k)(), K.__dict__['f'].__get__(None, K) is K.__dict__['f'])
bm = k.f
print(bm.__self__ is k, bm.__func__ is K.f, bm == k.f, bm is k.f, hash(bm) == hash(k.f))
try: bm.newattr = 1
except AttributeError as e: print(e)
K.f.tag = 't'; print(bm.tag)
class WithCall:
    def __call__(self): return 'called'
class UseCall:
    c = WithCall()
print(UseCall().c(), UseCall.c())
