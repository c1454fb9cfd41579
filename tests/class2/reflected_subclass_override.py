class A:
    def __add__(self, o): print('A.add', type(self).__name__, type(o).__name__); return NotImplemented
    def __radd__(self, o): print('A.radd', type(self).__name__, type(o).__name__); return 'r'
class B(A): pass
print(A() + B())
class C(A):
    def __radd__(self, o): print('C.radd'); return 'c'
print(A() + C())
class I(int):
    def __rsub__(self, o): print('I.rsub'); return NotImplemented
print(5 - I(3))
class J(int): pass
print(5 - J(3), type(5 - J(3)).__name__)
class P:
    def __pow__(self, o, m=None): return 'P.pow'
    def __rpow__(self, o, m=None): return 'P.rpow'
class Q(P):
    def __rpow__(self, o, m=None): return 'Q.rpow'
print(P() ** Q(), 2 ** Q(), pow(P(), Q()))
class F(float):
    def __radd__(self, o): return 'F.radd'
print(1.5 + F(2), 1 + F(2))
class S(str):
    def __mod__(self, o): return 'S.mod'
    def __rmod__(self, o): return 'S.rmod'
print('%s' % S('x'), S('a') % 1)
class L(list):
    def __mul__(self, o): return 'L.mul'
    def __rmul__(self, o): return 'L.rmul'
print(L() * 2, 2 * L(), [1] * 2)
class T(tuple):
    def __add__(self, o): return 'T.add'
print((1,) + T(), T() + (1,))
class D(dict):
    def __ror__(self, o): return 'D.ror'
print({1: 2} | D(), D() | {1: 2})
class St(set):
    def __rand__(self, o): return 'St.rand'
print({1} & St({1}), St({1}) & {1})
class FS(frozenset):
    def __rsub__(self, o): return 'FS.rsub'
print(frozenset() - FS(), set() - FS())
