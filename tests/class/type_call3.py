# type(name, bases, dict) creates classes; type(x) returns the class.
def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "double": lambda self: self.v * 2, "k": 1})
p = Point(4)
print(p.double(), p.k, Point.__name__, type(p) is Point, Point.__bases__)
Sub = type("Sub", (Point,), {"k": 2})
print(Sub(1).double(), Sub.k, Sub.__mro__[1] is Point, type(Sub) is type, type(type))
print(type(1), type("s"), type(None), type(type(1)))
E = type("E", (ValueError,), {})
try:
    raise E("via type")
except ValueError as e:
    print(type(e).__name__, e)
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", [], {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    class B(bool): pass
except TypeError as e:
    print("TypeError:", e)
print(Point.__module__, Point.__qualname__)
