# Setting a class's __module__ goes straight to its dict (it used to recurse through the
# metaclass descriptor forever); object.__new__ refuses classes whose nearest static base
# has its own constructor.
class C:
    pass
C.__module__ = 5
print(C.__module__, C.__dict__['__module__'])
C.__module__ = 'pkg.mod'
print(repr(C))
setattr(C, '__module__', 'other')
print(repr(C), C().__module__)
try:
    del C.__module__
except TypeError as e:
    print("TypeError", e)
for t in (int, list):
    try:
        t.__module__ = 'x'
    except TypeError as e:
        print("TypeError", e)

class Meta(type):
    pass
class D(metaclass=Meta):
    pass
D.__module__ = 'm'
print(D.__module__, repr(D))

class E(Exception):
    pass
class F(E):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
class G(F):
    pass
class L(list):
    pass
class Dd(dict):
    def __new__(cls):
        return object.__new__(cls)
tests = (lambda: object.__new__(int), lambda: object.__new__(list), lambda: object.__new__(E),
         lambda: object.__new__(G), lambda: Exception.__new__(G, 1).args,
         lambda: BaseException.__new__(L), lambda: list.__new__(L), lambda: Dd(),
         lambda: int.__new__(bool), lambda: list.__new__(dict), lambda: object.__new__(5),
         lambda: float.__new__(int), lambda: object.__new__(Meta), lambda: G(1, 2).args,
         lambda: type(object.__new__(C)).__name__, lambda: object.__new__(range),
         lambda: object.__new__(type))
for f in tests:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
