# Metaclasses: subclasses of type with __new__, __init__, __call__, class-level methods.
class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns, **kw):
        ns["tag"] = name.lower()
        cls = super().__new__(mcs, name, bases, ns)
        Registry.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.initialized = True
    def describe(cls):
        return f"<{cls.__name__} tag={cls.tag}>"
class Base(metaclass=Registry):
    pass
class Child(Base):
    pass
print(Registry.classes, Base.tag, Child.tag, Child.initialized, Child.describe())
print(type(Base) is Registry, type(Child).__name__, isinstance(Child, type), isinstance(Child(), Base))
class Counted(type):
    def __call__(cls, *args, **kw):
        cls.made = getattr(cls, "made", 0) + 1
        return super().__call__(*args, **kw)
class W(metaclass=Counted):
    def __init__(self, v): self.v = v
w = W(3); W(4)
print(w.v, W.made)
Dyn = Registry("Dyn", (), {"x": 1})
print(Dyn.x, Dyn.tag, Registry.classes[-1])
class Other(type): pass
try:
    class Mixed(Base, metaclass=Other): pass
except TypeError as e:
    print("TypeError:", e)
print(Registry.__mro__, type(Registry))
