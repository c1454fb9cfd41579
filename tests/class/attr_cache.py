# Class attribute lookups stay right while classes change: assignment and deletion on a
# class and on its bases, methods replaced at run time, a __del__ that looks the class
# up while its old value dies, classes made and dropped in a loop.
class Base:
    x = 1
    def f(self): return "Base.f"

class Mid(Base):
    pass

class Leaf(Mid):
    pass

o = Leaf()
print(o.x, o.f(), Leaf.x)
Base.x = 2
print(o.x, Leaf.x, Mid.x)
Mid.x = 3
print(o.x, Base.x)
del Mid.x
print(o.x)
Base.f = lambda self: "patched"
print(o.f())
Leaf.f = lambda self: "leaf"
print(o.f(), Mid().f())
del Leaf.f
print(o.f())
del Base.x
try:
    o.x
except AttributeError as e:
    print(e)
try:
    del Base.x
except AttributeError as e:
    print(e)
setattr(Base, "x", 10)
print(Leaf.x, getattr(o, "x"))

class Noisy:
    def __del__(self):
        print("del; Holder.value is now", Holder.value)

class Holder:
    value = Noisy()

Holder.value = "replaced"
print(Holder.value)

for i in range(5):
    class T:
        n = i
        def get(self): return self.n
    t = T()
    T.n = i * 10
    print(t.get(), end=" ")
print()

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
for _ in range(1000):
    Counter()
print(Counter.count)

class A:
    def __repr__(self): return "A()"
a = A()
print(repr(a))
A.__repr__ = lambda self: "A-patched"
print(repr(a))
del A.__repr__
print(repr(a).startswith("<__main__.A object"))

class Meta(type):
    greeting = "meta"
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.greeting)
Meta.greeting = "changed"
print(WithMeta.greeting)
WithMeta.greeting = "own"
print(WithMeta.greeting, Meta.greeting)

# Names built at run time are other str objects than the compiled ones: a plain class
# value replaced must be seen through either.
class Plain:
    count = 0
dyn = "".join(["co", "unt"])
print(getattr(Plain, dyn), getattr(Plain(), dyn))
Plain.count = 5
print(getattr(Plain, dyn), getattr(Plain(), dyn))
setattr(Plain, dyn, 7)
print(Plain.count, Plain().count)
class PlainSub(Plain):
    pass
print(getattr(PlainSub, dyn), PlainSub().count)
Plain.count += 1
print(getattr(PlainSub, dyn), PlainSub().count)
del Plain.count
print(hasattr(PlainSub, dyn), hasattr(PlainSub(), "count"))
Plain.count = property(lambda self: "now a property")
print(PlainSub().count, getattr(PlainSub(), dyn))
Plain.count = 1
inst = PlainSub()
inst.count = "instance"
print(inst.count, PlainSub.count)
Plain.count = property(lambda self: "property wins")
print(inst.count)
