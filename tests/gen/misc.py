class Base:
    def items(self):
        yield "base"
class Child(Base):
    def items(self):
        yield "child"
        yield from super().items()
print(list(Child().items()))
def cells(x, y=2, *a, **k):
    def get():
        return x + y
    yield get()
    x = 10
    yield get()
    yield a, k
print(list(cells(1, 5, 6, z=7)))
print(3 in (i for i in range(5)), 9 in (i for i in range(5)))
g = (i for i in range(3))
try:
    g.send()
except TypeError as e:
    print(e)
def kw(*, a, b=2):
    yield a + b
print(list(kw(a=1)))
try:
    kw()
except TypeError as e:
    print(e)
class C:
    x = 5
    gen = list(x for x in range(2))
    try:
        bad = list(x + i for i in range(2))
    except NameError as e:
        print("NameError", e)
print(C.gen)
import sys
def frames():
    yield sys.getrecursionlimit() > 0
print(list(frames()))
g = (x for x in range(2))
print(list(zip(g, g)))
def nested_genexp():
    return [list(y for y in range(x)) for x in range(3)]
print(nested_genexp())
print(list(map(lambda g: list(g), [(c for c in "ab")])))
