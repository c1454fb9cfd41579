# Ordering built from __eq__ and __lt__ by hand; comparisons chained and sorted with keys.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __le__(self, o): return self < o or self == o
    def __gt__(self, o): return not self <= o
    def __ge__(self, o): return not self < o
    def __hash__(self): return hash(self.parts)
    def __repr__(self): return "Version(%r)" % ".".join(map(str, self.parts))
vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(Version("1.0") < Version("1.1") <= Version("1.1") < Version("2"))
print(Version("3") >= Version("2.9"), Version("1") > Version("1"))
print(len({Version("1.0"), Version("1.0"), Version("2")}))
print(max(vs), min(vs))
