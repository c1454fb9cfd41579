class C:
    def __init__(self, v): self.v = v
    def __pow__(self, e, m=None):
        return ('pow', self.v, e, m)
    def __rpow__(self, b, m=None):
        return ('rpow', b, self.v, m)
    def __repr__(self): return 'C(%r)' % self.v
print(pow(C(2), 3, 5))
print(pow(C(2), 3))
print(C(2) ** 3)
print(2 ** C(3))
print(pow(2, C(3)))
try:
    print(pow(2, C(3), 5))
except TypeError as e: print(e)
class D: pass
for args in [(D(), 2, 3), (2, D(), 3), (2, 3, D()), (D(), D(), D())]:
    try:
        pow(*args)
    except TypeError as e: print(e)
try:
    pow(D(), 2)
except TypeError as e: print(e)
class N:
    def __pow__(self, e, m=None): return NotImplemented
try:
    pow(N(), 2, 3)
except TypeError as e: print(e)
class OnlyTwo:
    def __pow__(self, e): return 'two'
print(pow(OnlyTwo(), 2))
try:
    pow(OnlyTwo(), 2, 3)
except TypeError as e: print(e)
class MyInt(int): pass
print(pow(MyInt(3), 4, 5), type(pow(MyInt(3), 4, 5)))
class MyInt2(int):
    def __pow__(self, e, m=None): return ('mi2', int(self), e, m)
print(pow(MyInt2(3), 4, 5), pow(3, MyInt2(4), 5))
print((2).__pow__(10, 1000), (2).__pow__(3, None), (2).__rpow__(3, 5), (2).__pow__(3))
print(int.__pow__(2, 5, 7), (2.0).__pow__(3))
try: (2.0).__pow__(3, 5)
except TypeError as e: print(e)
try: (2).__pow__()
except TypeError as e: print(e)
try: (2).__pow__(1, 2, 3)
except TypeError as e: print(e)
print(pow(base=C(1), exp=2, mod=3))
