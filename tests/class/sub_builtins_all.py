# Subclasses of many built-in types: instances, instance attributes, isinstance.
for base in [set, frozenset, bytes, bytearray, tuple, str, dict, list, int, float, bool, range, object, Exception, OSError, StopIteration, KeyError, SyntaxError, SystemExit, property, staticmethod, classmethod, super, enumerate, zip, map]:
    try:
        class S(base):
            pass
        try:
            if base in (super,):
                x = S(int, 1)
            elif base in (zip, map, enumerate):
                x = S([1]) if base is not map else S(str, [1])
            elif base is property or base is staticmethod or base is classmethod:
                x = S(len)
            else:
                x = S()
            x.attr = 1
            v = vars(x) if base not in (property, staticmethod, classmethod) else None
            print(base.__name__, type(x).__name__, x.attr, isinstance(x, base), v)
        except Exception as e:
            print(base.__name__, "instance:", type(e).__name__, e)
    except TypeError as e:
        print(base.__name__, "class:", e)
for base, arg in [(str, "ab"), (tuple, (1, 2)), (bytes, b"xy"), (int, 5), (float, 2.5), (bytearray, b"q")]:
    class S(base):
        def twice(self):
            return self + self
    x = S(arg)
    x.note = base.__name__
    print(base.__name__, type(x).__name__, x == arg, isinstance(x, base), x.twice(), x.note)
class Meters(float):
    def __new__(cls, v, unit="m"):
        self = super().__new__(cls, v)
        self.unit = unit
        return self
    def __repr__(self):
        return f"{float(self)}{self.unit}"
m = Meters(2.5)
print(m, m * 2, m.unit, [Meters(1, "km")])
class Tag(str):
    pass
t = Tag("x")
t.level = 3
del t
print("done")
