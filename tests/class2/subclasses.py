class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(A.__subclasses__(), B.__subclasses__(), C.__subclasses__())
del D
import gc; gc.collect()
print(B.__subclasses__(), C.__subclasses__())
class E(int): pass
print(int.__subclasses__()[0], int.__subclasses__()[-1], bool.__subclasses__())
print(ArithmeticError.__subclasses__(), LookupError.__subclasses__()[:2])
print(Exception.__subclasses__()[:10])
print(OSError.__subclasses__()[:11])
class MyErr(ArithmeticError): pass
print(ArithmeticError.__subclasses__())
print(MyErr.__subclasses__())
