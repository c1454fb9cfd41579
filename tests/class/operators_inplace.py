# In-place operators: __iadd__ and friends, falling back to the binary form.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
    def __add__(self, o):
        print("add")
        return Acc(self.v + o)
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        print("sub")
        return Acc(self.v - o)
    def __imul__(self, o):
        self.v *= o
        return self
    def __repr__(self):
        return f"Acc({self.v})"
a = Acc(1)
b = a
a += 5
print(a, b, a is b)
a -= 2
print(a, b, a is b)
b *= 3
print(b)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)
class L(list):
    def __iadd__(self, o):
        print("L.iadd")
        return super().__iadd__(o)
l = L([1])
l += [2, 3]
print(l, type(l).__name__)
try:
    z = Acc(1)
    z //= 2
except TypeError as e:
    print("TypeError:", e)
d = {"k": Acc(0)}
d["k"] += 4
print(d)
