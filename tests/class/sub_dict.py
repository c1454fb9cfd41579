# Subclassing dict: __missing__, overridden __setitem__, attributes on instances.
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
d = Default(a=1)
print(d["a"], d["zz"], d.get("zz"), len(d), "zz" in d)
class Counting(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.sets = 0
    def __setitem__(self, k, v):
        self.sets += 1
        super().__setitem__(k, v.upper() if isinstance(v, str) else v)
c = Counting({"x": "y"})
c["a"] = "b"
c["n"] = 1
print(sorted(c.items()), c.sets, isinstance(c, dict), type(c).__name__)
print(dict(c) == {"x": "y", "a": "B", "n": 1})
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
ad = AttrDict(k=5)
print(ad.k, ad["k"], hasattr(ad, "q"))
print(sorted(Default({"p": 1}, q=2).keys()))
