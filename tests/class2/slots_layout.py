class A: pass
try:
    class B(A): __slots__ = ('__dict__',)
except TypeError as e: print(e)
try:
    class B(A): __slots__ = ('__weakref__',)
except TypeError as e: print(e)
try:
    class B(int): __slots__ = ('__weakref__',)
except TypeError as e: print(e)
try:
    class B: __slots__ = ('__dict__', '__dict__')
except TypeError as e: print(e)
try:
    class B: __slots__ = ('a b',)
except TypeError as e: print(e)
try:
    class B: __slots__ = ('1a',)
except TypeError as e: print(e)
try:
    class B:
        __slots__ = ('x',)
        x = 1
except ValueError as e: print(e)
class B:
    __slots__ = ('__x', '__y__')
    def __init__(s): s.__x = 1; s.__y__ = 2
    def get(s): return s.__x
b = B()
print(list(B.__dict__), B.__slots__, b.get(), b._B__x, b.__y__)
print(b.__getstate__())
class _:
    __slots__ = ('__x',)
print(list(_.__dict__))
class C: __slots__ = ('__weakref__',)
print(list(C.__dict__), C().__weakref__)
try: C().z = 1
except AttributeError as e: print(e)
class D(C): pass
print(list(D.__dict__))
for base in (object, str, float, set, tuple, int, list, dict, Exception, type, bytes, frozenset):
    class X(base): pass
    print(base.__name__, list(X.__dict__))
class Y:
    x = 1
    def f(self): pass
print(list(Y.__dict__), Y().__weakref__)
class Z:
    __slots__ = ('__dict__',)
z = Z(); z.q = 1; print(z.__dict__, list(Z.__dict__))
class W(str):
    __slots__ = ('__dict__',)
w = W('5'); w.q = 2; print(w, w.q, list(W.__dict__))
class Doc:
    "docstring"
print(list(Doc.__dict__), Doc.__doc__)
