class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c ' + cls.__name__
    @staticmethod
    def s(): return 'A.s'
    @property
    def p(self): return 'A.p'
    def __repr__(self): return 'A-repr'
class B(A):
    def f(self): return 'B.f>' + super().f()
    @classmethod
    def c(cls): return 'B.c>' + super().c()
    @staticmethod
    def s(): return 'B.s>' + super(B, B).s()
    @property
    def p(self): return 'B.p>' + super().p
    def g(self): return super(B, self).f()
    def __repr__(self): return 'B>' + super().__repr__()
print(B().f(), B.c(), B().c(), B.s(), B().p, B().g(), repr(B()))
class C(B):
    def f(self): return 'C.f>' + super(B, self).f()
print(C().f(), C.c())
sup = super(B, B())
print(sup.f(), type(sup).__name__, sup.__thisclass__.__name__, type(sup.__self__).__name__, sup.__self_class__.__name__)
print(super(B, C).c(), super(A, B()).__repr__() != '')
try: super(B, 1)
except TypeError as e: print(e)
try: super(1, B())
except TypeError as e: print(e)
try: super(B, B()).nonexistent
except AttributeError as e: print(e)
def outside():
    try: super()
    except RuntimeError as e: print(e)
outside()
class D:
    def m(self):
        def inner(): return super().m
        try: inner()
        except RuntimeError as e: print(e)
        return 1
print(D().m())
class E(A):
    def f(self):
        self = None
        return super().f()
try: print(E().f())
except AttributeError as e: print(e)
except TypeError as e: print(e)
class F(A):
    def f(*args): return super().f()
try: print(F().f())
except RuntimeError as e: print(e)
class G(A):
    def lam(self): return (lambda: super().f())()
try: print(G().lam())
except RuntimeError as e: print(e)
print(super(A, A()).__class__, super(A, A()).__thisclass__)
class H(A):
    x = super
print(H.x)
class Unbound(A):
    pass
u = super(A)
print(repr(u)[:30], u.__self__)
class J(A):
    def f(self): return 'J'
class K(J, B): pass
print(K().f(), K.__mro__)
class DescUser(A):
    def g(self):
        return super().__getattribute__('f')()
print(DescUser().g())
class SetA:
    def __setattr__(self, k, v):
        print('setattr', k)
        super().__setattr__(k, v)
    def __delattr__(self, k):
        print('delattr', k)
        super().__delattr__(k)
sa = SetA(); sa.x = 1; del sa.x
try: del sa.x
except AttributeError as e: print(e)
class SuperNew:
    def __new__(cls, *a):
        print('new', cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, *a): print('init', a)
class SN2(SuperNew):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
SN2(1, 2)
class BadNew:
    def __new__(cls, a):
        return super().__new__(cls, a)
try: BadNew(1)
except TypeError as e: print(e)
