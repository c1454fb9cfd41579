# issubclass/isinstance through class-like objects whose __bases__ is computed: the chain
# may be made of fresh objects that only the last __bases__ tuple keeps alive.
class B:
    def __init__(self, n):
        self.n = n
    @property
    def __bases__(self):
        return (B(self.n - 1),) if self.n else ()

class Target:
    @property
    def __bases__(self):
        return ()
target = Target()

class Chain:
    def __init__(self, n):
        self.n = n
    @property
    def __bases__(self):
        return (Chain(self.n - 1),) if self.n else (target,)

print(issubclass(B(3000), int), issubclass(B(5), B(4)))
print(issubclass(Chain(3000), target), issubclass(Chain(0), target), issubclass(target, target))

class Two:
    def __init__(self, n):
        self.n = n
    @property
    def __bases__(self):
        return (Two(self.n - 1), Two(self.n - 1)) if self.n else ()
print(issubclass(Two(8), target))

class Bad:
    @property
    def __bases__(self):
        raise KeyError("bases")
try:
    issubclass(Bad(), target)
except KeyError as e:
    print("KeyError", e)

class NotTuple:
    __bases__ = [target]
try:
    issubclass(NotTuple(), target)
except TypeError as e:
    print("TypeError", e)

class Inst:
    def __init__(self, cls):
        self.__class__ = cls
class C:
    pass
print(isinstance(Inst(C), C))
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)
class M(metaclass=Meta):
    pass
print(isinstance(3, M), isinstance('x', M), isinstance(3, (str, M)))
t = (int,)
for i in range(100):
    t = (t, str)
print(isinstance(5, t), issubclass(bool, t), isinstance(5.0, t))
