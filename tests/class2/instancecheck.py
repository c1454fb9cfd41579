class Meta(type):
    def __instancecheck__(cls, obj):
        print('instancecheck', cls.__name__, type(obj).__name__)
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        print('subclasscheck', cls.__name__, sub.__name__)
        return hasattr(sub, 'quack')
class Duck(metaclass=Meta): pass
class Q:
    quack = 1
print(isinstance(Q(), Duck), isinstance(1, Duck), isinstance(Duck(), Duck))
print(issubclass(Q, Duck), issubclass(int, Duck), issubclass(Duck, Duck))
print(isinstance(Q(), (int, Duck)), issubclass(Q, (int, Duck)))
class Sub(Duck): pass
print(isinstance(Sub(), Duck))
class Proxy:
    @property
    def __class__(self): return int
p = Proxy()
print(isinstance(p, int), isinstance(p, Proxy), type(p).__name__, p.__class__)
class Weird:
    __class__ = 5
print(isinstance(Weird(), int), isinstance(Weird(), Weird))
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool), int.__instancecheck__('x'))
class Bad(type):
    def __instancecheck__(cls, obj): return 'yes'
class B(metaclass=Bad): pass
print(isinstance(1, B))
class Boom(type):
    def __instancecheck__(cls, obj): raise ValueError('boom')
class C(metaclass=Boom): pass
try: isinstance(1, C)
except ValueError as e: print('ValueError', e)
print(isinstance(C(), C))
try: isinstance(1, 5)
except TypeError as e: print(e)
try: issubclass(1, int)
except TypeError as e: print(e)
try: issubclass(int, 5)
except TypeError as e: print(e)
class AbstractLike:
    __bases__ = ()
try: print(issubclass(AbstractLike(), int))
except TypeError as e: print(e)
class HasInst:
    def __instancecheck__(self, obj): return True
    def __subclasscheck__(self, sub): return True
print(isinstance(1, HasInst()), issubclass(int, HasInst()))
