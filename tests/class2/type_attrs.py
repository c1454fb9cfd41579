try: type.__abstractmethods__
except AttributeError as e: print(e)
class C: x: int = 1
print(C.__annotations__)
class D: pass
print(D.__annotations__, '__annotations__' in D.__dict__)
try: int.__annotations__
except AttributeError as e: print(e)
D.__abstractmethods__ = frozenset({'f'})
try: D()
except TypeError as e: print(e)
D.__abstractmethods__ = frozenset({'g','f'})
try: D()
except TypeError as e: print(e)
try: object.__new__(D)
except TypeError as e: print(e)
class E(D): pass
print(type(E()).__name__)
D.__abstractmethods__ = ()
print(type(D()).__name__)
print(int.__text_signature__, D.__text_signature__)
del D.__abstractmethods__
try: del D.__abstractmethods__
except AttributeError as e: print(e)
try: D.__abstractmethods__
except AttributeError as e: print(e)
print(type(int.__flags__).__name__, int.__weakrefoffset__, D.__annotations__)
print(bool(D.__flags__ & (1 << 9)), bool(int.__flags__ & (1 << 9)), bool(int.__flags__ & (1 << 24)))
print(bool(bool.__flags__ & (1 << 24)), bool(dict.__flags__ & (1 << 29)), bool(type.__flags__ & (1 << 31)))
D.__annotations__ = {'a': 1}; print(D.__annotations__)
del D.__annotations__
try: del D.__annotations__
except AttributeError as e: print(e)
print(D.__annotations__)
try: int.__abstractmethods__ = 1
except TypeError as e: print(e)
print(type(int.__basicsize__).__name__, type(int.__itemsize__).__name__, type(D.__dictoffset__).__name__)
print(isinstance(type.__sizeof__(int), int))
class M(type):
    pass
class A(metaclass=M):
    def f(self): pass
A.__abstractmethods__ = {'f'}
try: A()
except TypeError as e: print(e)
class WithNew:
    def __new__(cls): return object.__new__(cls)
WithNew.__abstractmethods__ = ['h']
try: WithNew()
except TypeError as e: print(e)
