import gc
class C:
    pass
class D(C):
    __slots__ = ('a',)
class E(Exception): pass
class S(str): pass
print(C.__dict__['__dict__'], C.__dict__['__weakref__'], E.__dict__['__weakref__'], S.__dict__['__dict__'])
d = C.__dict__['__dict__']
print(d.__objclass__.__name__, d.__name__, d.__qualname__)
c = C(); c.x = 1
print(d.__get__(c), type(d).__name__)
try: d.__get__(1)
except TypeError as e: print(e)
del C, D, c
print(gc.collect() > 0, d.__objclass__.__name__)
del d
for i in range(50):
    class T:
        def m(self): return i
    t = T(); t.v = t
del T, t
print(gc.collect() > 0)
gs = type.__dict__['__name__']
class N: pass
gs.__set__(N, 'Renamed'); print(N.__name__, gs.__get__(N), gs.__get__(None, type) is gs)
try: gs.__set__(1, 'x')
except TypeError as e: print(e)
try: type.__dict__['__qualname__'].__delete__(N)
except TypeError as e: print(e)
try: gs.__delete__(N)
except TypeError as e: print(e)
print(int.real, type(int.__dict__['real']).__name__, int.__dict__['real'].__get__(5))
