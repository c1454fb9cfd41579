# __slots__ edge cases (duplicates, __dict__/__weakref__, conflicts, bad items), slot
# descriptors used on the wrong objects, __set_name__ and __init_subclass__ errors.
class A:
    __slots__ = ('x', 'y')
a = A()
try: a.x
except AttributeError as e: print("AE", e)
a.x = 1; del a.x
try: del a.x
except AttributeError as e: print("AE", e)
try: a.z = 1
except AttributeError as e: print("AE", e)
try:
    class B: __slots__ = ('x', 'x')
except TypeError as e: print("TE", e)
try:
    class B: __slots__ = (1,)
except TypeError as e: print("TE", e)
try:
    class B: __slots__ = ('__dict__', '__dict__')
except TypeError as e: print("TE", e)
try:
    class B:
        __slots__ = ('x',)
        x = 1
except ValueError as e: print("VE", e)
try:
    class B(int): __slots__ = ('x',)
except TypeError as e: print("TE", e)
class C: __slots__ = 'abc'
c = C(); c.abc = 5; print(c.abc)
class D: __slots__ = ()
try: D().q = 1
except AttributeError as e: print("AE", e)
class E: __slots__ = iter(['p', 'q'])
E().p = 1
try:
    class F: __slots__ = 5
except TypeError as e: print("TE", e)
class G(A): __slots__ = ('z', '__dict__', '__weakref__')
g = G(); g.x = 1; g.z = 2; g.w = 3; print(g.__dict__)
# descriptors
print(A.x, type(A.x).__name__)
try: A.x.__get__(5)
except TypeError as e: print("TE", e)
try: A.x.__set__(5, 1)
except TypeError as e: print("TE", e)
try: A.x.__get__(None, None)
except TypeError as e: print("TE", e)
print(A.x.__get__(None, A) is A.x)
try: A.x.__delete__(object())
except TypeError as e: print("TE", e)
class Desc:
    def __get__(self, o, t): raise KeyError("g")
    def __set__(self, o, v): raise KeyError("s")
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name)
class H:
    d = Desc()
try: H().d
except KeyError as e: print("KE", e)
try: H().d = 1
except KeyError as e: print("KE", e)
class BadSN:
    def __set_name__(self, o, n): raise ValueError("sn")
try:
    class I: b = BadSN()
except Exception as e: print(type(e).__name__, e, repr(e.__cause__) if e.__cause__ else e.__context__)
class SN2:
    __set_name__ = 5
try:
    class J: b = SN2()
except RuntimeError as e: print("RE", e, type(e.__cause__).__name__)
class Base:
    def __init_subclass__(cls, **kw):
        print("isc", cls.__name__, kw)
        super().__init_subclass__()
class K(Base, a=1): pass
try:
    class L(Base, a=1, metaclass=5): pass
except TypeError as e: print("TE", e)
try:
    class L(object, a=1): pass
except TypeError as e: print("TE", e)
class Base2:
    def __init_subclass__(cls): raise RuntimeError("isc")
try:
    class M(Base2): pass
except RuntimeError as e: print("RE", e)
