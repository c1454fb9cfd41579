def inner():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v

def outer():
    result = yield from inner()
    print("inner returned", result)
    v = yield "after"
    print("got", v)

g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.send(None))
try:
    g.send("last")
except StopIteration:
    print("done")

def deep(n):
    if n == 0:
        x = yield "bottom"
        return x
    r = yield from deep(n - 1)
    return r + 1
g = deep(5)
print(next(g))
try:
    g.send(100)
except StopIteration as e:
    print("deep result", e.value)
