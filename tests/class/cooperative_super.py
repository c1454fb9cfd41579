# Cooperative multiple inheritance: every __init__ calls super() with keyword arguments.
class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
        super().__init__()
class Named(Base):
    def __init__(self, name, **kw):
        print("Named", name)
        self.name = name
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age, **kw):
        print("Aged", age)
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    def __init__(self, **kw):
        print("Person")
        super().__init__(**kw)
p = Person(name="ann", age=30)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
class Mixin:
    def hello(self):
        return "mixin hello from " + type(self).__name__
class Thing(Mixin, dict):
    pass
t = Thing(a=1)
print(t.hello(), t["a"], isinstance(t, dict))
class LoggingMixin:
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class LoggingDict(LoggingMixin, dict):
    pass
ld = LoggingDict()
ld["x"] = 1
print(ld)
