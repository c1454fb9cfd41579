def stubborn():
    try:
        yield 1
    finally:
        yield "refuse"
def outer():
    try:
        yield from stubborn()
    except RuntimeError as e:
        print("outer sees", e)
        raise
o = outer()
next(o)
try:
    o.close()
except RuntimeError as e:
    print("close raised", e)
print(list(x for x in [1]) + [len(list(next(iter([]), 0) for _ in range(2)))])
try:
    list(next(iter([])) for _ in range(1))
except RuntimeError as e:
    print(e)
def override():
    try:
        yield 1
        raise ValueError
    finally:
        return "finally wins"
g = override()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)
def gen_in_gen():
    def inner():
        yield sys_name
    yield from inner()
sys_name = "global lookup"
print(list(gen_in_gen()))
def star(*args):
    yield from args
print(list(star(1, 2, 3)), [*star()])
def unpack():
    a, (b, c) = yield
    yield a + b + c
u = unpack(); next(u); print(u.send((1, (2, 3))))
def aug():
    x = 1
    x += yield x
    yield x
a = aug(); print(next(a), a.send(41))
def cond():
    yield (yield 1) if (yield 2) else (yield 3)
c = cond(); print(next(c), c.send(True), c.send("x"), next(c, "stop"))
