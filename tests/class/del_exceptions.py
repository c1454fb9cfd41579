# __del__ timing around exceptions and tracebacks, function arguments and temporaries.
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def use(r):
    print("use", r.n)
use(R(1))
print("after temp")
def raiser():
    r = R(2)
    del r
    raise KeyError("k")
try:
    raiser()
except KeyError:
    print("handled")
print("after handler")
x = [R(3), R(4)]
x = x[1:]
print("sliced")
del x
s = {R(5).n: R(6)}
print("dict built")
s.clear()
print("cleared")
def gen():
    r = R(7)
    yield 1
    yield 2
g = gen()
next(g)
del g
print("gen dropped")
obj = R(8)
obj.other = R(9)
del obj
print("end")
