# Properties and inheritance: overriding, extending with super(), class-level access.
class Base:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x
class Child(Base):
    @property
    def v(self): return super().v * 10
    @v.setter
    def v(self, x):
        Base.v.fset(self, x + 1)
c = Child()
print(c.v)
c.v = 4
print(c.v, c._v, Base.v.fget(c))
class RO(Base):
    @Base.v.getter
    def v(self): return -self._v
r = RO()
r.v = 3
print(r.v, isinstance(RO.v, property))
class Computed:
    calls = 0
    @property
    def expensive(self):
        Computed.calls += 1
        return 99
k = Computed()
print(k.expensive, k.expensive, Computed.calls)
k.__dict__["expensive"] = "shadow?"
print(k.expensive)
