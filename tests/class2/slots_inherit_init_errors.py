class A:
    __slots__ = ('x', 'y')
    def __init__(self): self.x = 1
class B(A):
    __slots__ = ('z',)
class C(B): pass
a = A()
try: a.w = 1
except AttributeError as e: print(e)
try: a.y
except AttributeError as e: print(e)
try: del a.y
except AttributeError as e: print(e)
b = B(); b.z = 3; print(b.x, b.z, hasattr(b, '__dict__'), B.__slots__, A.x, type(A.x).__name__)
c = C(); c.q = 5; print(c.q, c.__dict__, c.x)
print(A.x.__name__, A.x.__objclass__.__name__ if hasattr(A.x, '__objclass__') else '')
try: A.x.__get__(B(), A) if False else A.__dict__['x'].__get__(1)
except TypeError as e: print(e)
try: A.__dict__['x'].__set__(1, 2)
except TypeError as e: print(e)
class D:
    __slots__ = 'single'
d = D(); d.single = 1; print(d.single, D.__slots__)
class E:
    __slots__ = ['a', 'b']
print(E.__slots__, sorted(k for k in E.__dict__ if not k.startswith('__')))
class F:
    __slots__ = {'p': 'doc p', 'q': 'doc q'}
print(sorted(k for k in F.__dict__ if not k.startswith('__')))
try:
    class G:
        __slots__ = 5
except TypeError as e: print(e)
try:
    class G:
        __slots__ = (5,)
except TypeError as e: print(e)
class H:
    __slots__ = ()
try: H().x = 1
except AttributeError as e: print(e)
print(hasattr(H(), '__dict__'))
class WithProp:
    __slots__ = ('_v',)
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val
wp = WithProp(); wp.v = 9; print(wp.v)
class Cls:
    def __init__(self, a, b=2, *, c): pass
try: Cls()
except TypeError as e: print(e)
try: Cls(1, 2, 3)
except TypeError as e: print(e)
try: Cls(1, d=4)
except TypeError as e: print(e)
class NoInit: pass
try: NoInit(1)
except TypeError as e: print(e)
try: NoInit(a=1)
except TypeError as e: print(e)
class InitRet:
    def __init__(self): return 1
try: InitRet()
except TypeError as e: print(e)
class NewOther:
    def __new__(cls): return 42
    def __init__(self): print('not called')
print(NewOther())
class NewSub:
    def __new__(cls): return object.__new__(NewSubChild)
    def __init__(self): print('init called on', type(self).__name__)
class NewSubChild(NewSub): pass
print(type(NewSub()).__name__)
class Slotted:
    __slots__ = ('a',)
    a_default = 1
s = Slotted()
print(getattr(s, 'a', 'missing'))
class Both:
    __slots__ = ('__dict__', 'x')
bo = Both(); bo.x = 1; bo.y = 2; print(bo.x, bo.__dict__)
