# A property raising AttributeError falls back to __getattr__; getattr defaults; hasattr.
class C:
    @property
    def broken(self):
        raise AttributeError("inner")
    @property
    def fine(self):
        return "fine"
    def __getattr__(self, name):
        return f"fallback({name})"
c = C()
print(c.broken, c.fine, c.anything)
class D:
    @property
    def broken(self):
        raise AttributeError("inner")
d = D()
print(hasattr(d, "broken"), getattr(d, "broken", "dflt"))
try:
    d.broken
except AttributeError as e:
    print("AttributeError:", e)
class E:
    @property
    def bad(self):
        raise KeyError("k")
try:
    hasattr(E(), "bad")
except KeyError as e:
    print("KeyError:", e)
