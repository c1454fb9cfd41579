# Special methods added or removed after class creation take effect.
class C:
    def __init__(self, v): self.v = v
c = C(2)
try:
    c + 1
except TypeError as e:
    print("TypeError:", e)
C.__add__ = lambda self, o: self.v + o
print(c + 1)
C.__len__ = lambda self: 7
print(len(c))
C.__repr__ = lambda self: f"C<{self.v}>"
print(c, [c])
class D(C): pass
print(D(5) + 1, len(D(1)), D(3))
del C.__add__
try:
    D(1) + 1
except TypeError as e:
    print("TypeError:", e)
C.__eq__ = lambda self, o: True
print(c == 5, D(1) == "x")
C.__iter__ = lambda self: iter(range(self.v))
print(list(c))
