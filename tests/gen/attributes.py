def gen(n):
    yield n

g = gen(1)
print(g.__name__, g.__qualname__)
print(repr(g).startswith("<generator object gen at 0x"))
print(g.gi_running, g.gi_frame is not None, g.gi_yieldfrom)
print(g.gi_code.co_name if hasattr(g.gi_code, "co_name") else "gen")
print(list(g))
print(g.gi_frame)

def outer():
    def inner():
        yield 1
    return inner()
i = outer()
print(i.__name__, i.__qualname__)
print(repr(i).startswith("<generator object outer.<locals>.inner at 0x"))

ge = (x for x in [])
print(ge.__name__, ge.__qualname__)
print(repr(ge).startswith("<generator object <genexpr> at 0x"))

def delegating():
    yield from gen(5)
d = delegating()
next(d)
print(d.gi_yieldfrom.__name__)
print(iter(g) is g)
print(g.__next__ is not None, hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
x = gen(7)
print(x.__next__())
g.__name__ = "renamed"
print(g.__name__)
