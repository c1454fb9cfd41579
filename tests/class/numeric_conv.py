# __index__, __int__, __float__, __abs__, __neg__, __round__-free conversions.
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
l = list(range(10))
print(l[Idx(3)], l[Idx(1):Idx(4)], hex(Idx(255)), "ab" * Idx(2), range(Idx(3)))
class Num:
    def __int__(self): return 42
    def __float__(self): return 2.5
print(int(Num()), float(Num()))
class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
class BadIndex:
    def __index__(self): return 1.5
try:
    [1][BadIndex()]
except TypeError as e:
    print("TypeError:", e)
try:
    [1]["a"]
except TypeError as e:
    print("TypeError:", e)
class Signed:
    def __init__(self, v): self.v = v
    def __neg__(self): return Signed(-self.v)
    def __abs__(self): return abs(self.v)
    def __invert__(self): return ~self.v
    def __pos__(self): return "pos"
print((-Signed(3)).v, abs(Signed(-4)), ~Signed(0), +Signed(1))
try:
    -object()
except TypeError as e:
    print("TypeError:", e)
