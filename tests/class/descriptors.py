# Descriptors: __get__/__set__/__delete__, data vs non-data precedence, __set_name__.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)

class Point:
    x = Typed()
    y = Typed()
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y, sorted(vars(p).items()))
try:
    p.x = "a"
except TypeError as e:
    print("TypeError:", e)
del p.x
print(p.x, type(Point.x).__name__)
p.__dict__["y"] = 99
print(p.y)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr, Holder.attr)
h.attr = "instance"
print(h.attr)
del h.attr
print(h.attr)

class Const:
    def __init__(self, v): self.v = v
    def __get__(self, obj, owner): return (self.v, owner.__name__, obj is None)
class K:
    c = Const(7)
print(K.c, K().c)
