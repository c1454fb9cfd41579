# builtin methods descriptors called with wrong types, special method lookup bypassing instance
class A:
    def __len__(self): return 3
a = A()
a.__len__ = lambda: 99
print(len(a), a.__len__())
class B:
    pass
b = B()
b.__repr__ = lambda: 'inst repr'
print(repr(b)[:10] == '<__main__.', b.__repr__())
try: list.append(1, 2)
except TypeError as e: print(e)
try: list.__len__(5)
except TypeError as e: print(e)
try: int.__add__('a', 1)
except TypeError as e: print(e)
print(int.__add__(1, 'a'), list.__len__([1, 2]), str.upper('ab'), dict.get({'a': 1}, 'a'))
try: str.upper()
except TypeError as e: print(e)
try: object.__init__(1, 2)
except TypeError as e: print(e)
print(int.__dict__['__add__'].__name__, int.__add__.__qualname__ if hasattr(int.__add__, '__qualname__') else '')
print(type(int.__dict__['__add__']).__name__, type((1).__add__).__name__, type([].append).__name__, type(list.append).__name__)
print(type(int.__dict__['bit_length']).__name__, type(int.__dict__['real']).__name__ if 'real' in int.__dict__ else '')
print(int.__add__.__objclass__ if hasattr(int.__add__, '__objclass__') else 'noobj')
print((1).__add__.__self__, [].append.__self__, list.append.__objclass__ if hasattr(list.append, '__objclass__') else '')
print(repr(list.append), repr(int.__add__), repr(dict.fromkeys)[:40])
print(list.append.__name__, list.append.__qualname__, (1).__add__.__name__)
class CM:
    @classmethod
    def f(cls): pass
print(CM.f.__self__ is CM, CM.f.__func__.__name__, CM().f.__self__ is CM)
class SM:
    @staticmethod
    def g(): return 'g'
print(SM.g(), SM().g(), SM.__dict__['g'].__func__())
import sys
m = [].append
print(m.__name__, m.__self__)
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2), object.__lt__(1, 2))
print(int.__eq__(1, 1.0), float.__eq__(1.0, 1), (1).__eq__('a'), (1).__lt__(2))
print(object.__hash__(1) == hash(object.__hash__(1)), object.__repr__(5)[:17])
print(object.__str__(5), object.__format__(5, ''))
try: object.__format__(5, 'd')
except TypeError as e: print(e)
print(f'{a!r:.3}')
class Fmt:
    def __format__(self, spec): return f'F[{spec}]'
print(format(Fmt(), 'xy'), f'{Fmt():abc}', '{:q}'.format(Fmt()))
class BadFmt:
    def __format__(self, spec): return 5
try: format(BadFmt(), '')
except TypeError as e: print(e)
class NoFmtSpec: pass
try: format(NoFmtSpec(), 'x')
except TypeError as e: print(e)
class A: pass
try: A(1)
except TypeError as e: print(e)
class B:
    def __new__(cls, *a): return super().__new__(cls)
B(1)
class C:
    def __init__(self, *a): super().__init__(*a)
try: C(1)
except TypeError as e: print(e)
class D:
    def __new__(cls, *a): return super().__new__(cls)
    def __init__(self, *a): super().__init__(*a)
try: D(1)
except TypeError as e: print(e)
class L(list):
    def __init__(self, *a): super().__init__(*a)
print(L([1]))
