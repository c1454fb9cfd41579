class Delegate:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration("delegate done")
        return self.i
    def send(self, v):
        print("Delegate.send", v)
        return self.__next__()
    def throw(self, *args):
        print("Delegate.throw", [type(a).__name__ for a in args])
        if args[0] is KeyError:
            raise StopIteration("stopped by throw")
        return "thrown-value"
    def close(self):
        print("Delegate.close")

def outer():
    r = yield from Delegate()
    print("outer got", r)
    yield "end"

g = outer()
print(next(g))
print(g.send("x"))
print(g.throw(ValueError))
print(g.throw(KeyError))
g = outer()
next(g)
g.close()
g = outer()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")
print(list(outer()))

def sub():
    try:
        yield 1
    except GeneratorExit:
        print("sub got GeneratorExit")
        raise
def mid():
    try:
        yield from sub()
    except GeneratorExit:
        print("mid got GeneratorExit")
        raise
m = mid()
next(m)
m.close()
m = mid()
next(m)
try:
    m.throw(GeneratorExit("ge"))
except GeneratorExit as e:
    print("propagated", e)

class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 1
def over():
    try:
        yield from NoThrow()
    except ValueError as e:
        print("over caught", e)
        yield 2
o = over()
next(o)
print(o.throw(ValueError("direct")))
print(o.gi_yieldfrom)
