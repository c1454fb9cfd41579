class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration(self.i * 10)
        return self.i
class ItSend(It):
    def send(self, v):
        print("ItSend.send", v)
        return self.__next__()
    def throw(self, *a):
        print("ItSend.throw", [type(x).__name__ for x in a])
        return "thrown"
    def close(self):
        print("ItSend.close")
def deleg(sub):
    r = yield from sub
    print("result", r)
    return r
g = deleg(It())
print(next(g), g.send(None))
try:
    g.send(5)
except AttributeError as e:
    print(e)
g = deleg(ItSend())
print(next(g), g.send(7), g.throw(KeyError))
g.close()
g = deleg(It())
next(g)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("propagated", e)
g = deleg(It()); next(g)
g.close()
print(g.gi_yieldfrom)
def inner():
    try:
        x = yield 1
        print("inner got", x)
        yield 2
    except KeyError as e:
        print("inner caught", e)
        yield "handled"
    finally:
        print("inner finally")
    return "iret"
def middle():
    r = yield from inner()
    print("middle got", r)
    return r + "+m"
def outer():
    r = yield from middle()
    print("outer got", r)
    return r
g = outer()
print(next(g))
print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_yieldfrom.__name__)
print(g.send("S"))
print(g.throw(KeyError("K")))
try:
    next(g)
except StopIteration as e:
    print("final", e.value)
g = outer(); next(g); g.close()
# yield from non-iterable
def bad():
    yield from 5
try:
    next(bad())
except TypeError as e:
    print(e)
# yield from generator that returns immediately
def empty():
    return 42
    yield
def w():
    x = yield from empty()
    yield x
print(list(w()))
# yield from list/range/str
def lst():
    yield from [1, 2]
    yield from "ab"
    yield from range(2)
    yield from (i*i for i in range(3))
    yield from {"k": 1}
print(list(lst()))
# close propagates to subgenerator that ignores
def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring")
def dele():
    yield from stubborn()
g = dele(); next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
# throw GeneratorExit to non-generator iterator with close
g = deleg(ItSend()); next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GE propagated")
# StopIteration value as tuple
def tupret():
    return (1, 2)
    yield
def t2():
    v = yield from tupret()
    print(v)
list(t2())
def sv():
    return StopIteration(1)
    yield
def t3():
    v = yield from sv()
    print(repr(v))
list(t3())
# genexp scope
x = 10
g = (x for _ in range(2))
x = 20
print(list(g))
try:
    g = (i for i in 5)
except TypeError as e:
    print("eager", e)
class K:
    v = [1, 2]
    w = [a for a in v]
    try:
        z = list(a * b for a in v for b in v)
    except NameError as e:
        print("class scope", e)
print(K.w)
def gen_first():
    src = iter([1, 2, 3])
    g = (a for a in src)
    next(src)
    return list(g)
print(gen_first())
g = (a for a in range(3))
print(g.gi_frame is not None, g.__name__, g.__qualname__)
# send to genexp
g = (a for a in range(3))
next(g)
print(g.send(99))
# generator raising in send after exhaustion
def one():
    yield 1
g = one(); next(g)
for _ in range(2):
    try:
        g.send(1)
    except StopIteration:
        print("si")
try:
    g.throw(ValueError("late"))
except ValueError as e:
    print("late", e)
