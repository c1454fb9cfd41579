class A:
    def __len__(self): return 1
a = A()
print(len(a))
A.__len__ = lambda self: 7
print(len(a))
del A.__len__
try: len(a)
except TypeError as e: print(e)
class B(A): pass
A.__add__ = lambda s, o: 'added'
print(B() + 1)
A.__iter__ = lambda s: iter([1, 2])
print(list(B()))
A.__getitem__ = lambda s, i: i * 3
print(B()[4])
A.__eq__ = lambda s, o: True
print(B() == 5)
try: hash(B())
except TypeError as e: print(e)
A.__hash__ = lambda s: 42
print(hash(B()))
A.__call__ = lambda s, *a: ('called', a)
print(B()(1))
A.__repr__ = lambda s: 'A!'
print(repr(B()), str(B()))
A.__str__ = lambda s: 'A-str'
print(str(B()), f'{B()}')
A.__bool__ = lambda s: False
print(bool(B()))
A.__contains__ = lambda s, x: x == 'k'
print('k' in B(), 'j' in B())
A.__getattr__ = lambda s, n: 'dyn-' + n
print(B().foo)
A.__setattr__ = lambda s, n, v: print('set', n, v)
B().q = 1
del A.__setattr__
b = B(); b.q = 2; print(b.q)
class X: pass
class Y: pass
class Z(X): pass
Z.__bases__ = (Y,)
print(Z.__mro__, isinstance(Z(), Y), isinstance(Z(), X))
try: Z.__bases__ = ()
except TypeError as e: print(e)
try: Z.__bases__ = (int,)
except TypeError as e: print(e)
try: Z.__bases__ = (Z,)
except TypeError as e: print(e)
class W:
    def m(self): return 'W.m'
Y.m = W.m
print(Z().m())
class P1:
    def who(self): return 'P1'
class P2:
    def who(self): return 'P2'
class Q(P1): pass
class R(Q): pass
r = R()
print(r.who(), R.__mro__)
Q.__bases__ = (P2,)
print(r.who(), R.__mro__, Q.__base__)
Q.__bases__ = (P1, P2)
print(r.who(), [k.__name__ for k in R.__mro__])
try: Q.__bases__ = [P1]
except TypeError as e: print(e)
try: Q.__bases__ = (P1, 3)
except TypeError as e: print(e)
try: del Q.__bases__
except TypeError as e: print(e)
try: int.__bases__ = (object,)
except TypeError as e: print(e)
class S1: __slots__ = ('a',)
class S2: __slots__ = ('b',)
class T(S1): pass
try: T.__bases__ = (S2,)
except TypeError as e: print(e)
try: Q.__bases__ = (P1, P1)
except TypeError as e: print(e)
class Base1: pass
class Base2(Base1): pass
try: Q.__bases__ = (Base1, Base2)
except TypeError as e: print(e)
print([k.__name__ for k in Q.__mro__])
class WithLen:
    def __len__(self): return 5
Q.__bases__ = (WithLen,)
print(len(R()))
class Fresh:
    def who(self): return 'Fresh'
Q.__bases__ = (Fresh,)
print(R().who())
Fresh.who = lambda self: 'Fresh2'
print(R().who())
