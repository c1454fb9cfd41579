# __hash__ and __eq__: defining __eq__ alone makes instances unhashable.
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and self.x == o.x
print(P.__hash__)
try:
    hash(P(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {P(1): 1}
except TypeError as e:
    print("TypeError:", e)
class H(P):
    def __hash__(self): return hash(self.x)
print(hash(H(5)) == hash(5), len({H(1), H(1), H(2)}), H(1) in {H(1): 0})
class Plain: pass
a = Plain()
print(hash(a) == hash(a), {a: 1}[a])
class Inherit(H):
    pass
print(hash(Inherit(3)) == hash(3))
class Neg:
    def __hash__(self): return -1
print(hash(Neg()))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
