# Class decorators and functions that build or modify classes.
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@register
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, "a"), registry["Point"] is Point)
def make_class(name, base=object, **attrs):
    return type(name, (base,), attrs)
Animal = make_class("Animal", sound="...")
Cat = make_class("Cat", Animal, sound="meow", speak=lambda self: self.sound)
print(Cat().speak(), Animal.sound, Cat.__mro__[1].__name__)
def counted(cls):
    orig = cls.__init__
    def __init__(self, *a, **k):
        cls.count = getattr(cls, "count", 0) + 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls
@counted
class Widget:
    def __init__(self, n): self.n = n
Widget(1); Widget(2)
print(Widget.count, Widget(3).n, Widget.count)
