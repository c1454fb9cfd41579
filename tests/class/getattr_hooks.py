# __getattr__ (only for missing attributes) versus __getattribute__ (every lookup).
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.xyz, getattr(l, "xa"), hasattr(l, "nope"), getattr(l, "nope", "dflt"))
try:
    l.nope
except AttributeError as e:
    print("AttributeError:", e)

class Tracing:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
t = Tracing()
print(t.a)
try:
    t.missing
except AttributeError as e:
    print("AttributeError:", e)

class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
b = Both()
print(b.boom, b.other)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattr__(self, name):
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1))
