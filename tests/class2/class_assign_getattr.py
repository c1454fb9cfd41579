class A:
    def __init__(self): self.x = 1
    def who(self): return 'A'
class B:
    def __init__(self): self.x = 2
    def who(self): return 'B'
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, a.x, isinstance(a, B))
try: a.__class__ = int
except TypeError as e: print(e)
try: a.__class__ = 5
except TypeError as e: print(e)
try: del a.__class__
except TypeError as e: print(e)
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('a',)
s = S1()
try: s.__class__ = S2
except TypeError as e: print(e)
class S3(S1): pass
class L1(list): pass
class L2(list): pass
l = L1(); l.__class__ = L2; print(type(l).__name__)
try: l.__class__ = A
except TypeError as e: print(e)
try: (1).__class__ = A
except TypeError as e: print(e)
class GA:
    y = 'class'
    def __getattr__(self, n):
        return 'ga:' + n
class GAB:
    def __getattribute__(self, n):
        if n == 'boom': raise AttributeError('boom!')
        if n == 'k': raise KeyError('k')
        return 'gab:' + n
    def __getattr__(self, n): return 'fallback:' + n
g = GA(); g.z = 'inst'
print(g.y, g.z, g.missing)
gb = GAB()
print(gb.q, gb.boom)
try: gb.k
except KeyError as e: print('KeyError', e)
print(getattr(gb, 'boom'), hasattr(gb, 'k') if False else '')
class GetAttrRaise:
    def __getattr__(self, n): raise AttributeError(f'no {n}')
try: GetAttrRaise().foo
except AttributeError as e: print(e)
print(getattr(GetAttrRaise(), 'foo', 'dflt'), hasattr(GetAttrRaise(), 'x'))
class PropErr:
    @property
    def p(self): raise AttributeError('from prop')
    def __getattr__(self, n): return 'ga ' + n
print(PropErr().p)
class OnlyGA:
    def __getattribute__(self, n):
        return object.__getattribute__(self, n)
o = OnlyGA()
try: o.nope
except AttributeError as e: print(e)
o.v = 3; print(o.v)
print(type(object.__getattribute__(o, '__dict__')).__name__)
class DA:
    def __init__(self): self.__dict__['d'] = 1
    def __setattr__(self, k, v): self.__dict__[k] = ('set', v)
da = DA(); da.e = 2; print(da.d, da.e)
class Loop:
    def __getattr__(self, n):
        return self.other
try: Loop().x
except RecursionError: print('recursion')
class AttrErrorName:
    pass
try: AttrErrorName().foo
except AttributeError as e: print(e, e.name, e.obj is not None)
try: AttrErrorName.foo
except AttributeError as e: print(e)
try: object().x = 1
except AttributeError as e: print(e)
try: (1).x
except AttributeError as e: print(e)
try: setattr(A(), 1, 2)
except TypeError as e: print(e)
try: getattr(A(), 1)
except TypeError as e: print(e)
s2 = S1(); s2.a = 5; s2.__class__ = S2; print(type(s2).__name__, s2.a)
class S4:
    __slots__ = ('b',)
try: s2.__class__ = S4
except TypeError as e: print(e)
class S5(S1): __slots__ = ('c',)
class S6(S2): __slots__ = ('c',)
s5 = S5(); s5.a = 1; s5.c = 2
try: s5.__class__ = S6
except TypeError as e: print(e)
class S7(S1): __slots__ = ("c",)
s5.__class__ = S7; print(s5.a, s5.c, type(s5).__name__)
try: s5.__class__ = S1
except TypeError as e: print(e)
class D1: pass
class D2: __slots__ = ()
try: D1().__class__ = D2
except TypeError as e: print(e)
