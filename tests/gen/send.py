def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total

g = acc()
print(g.send(None))
print(g.send(5))
print(g.send(10))
print(next(g) if False else g.send(2))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)

def echo():
    x = yield
    while True:
        x = yield x

e = echo()
print(next(e))
print(e.send("a"), e.send([1, 2]), e.send(None))

g = acc()
try:
    g.send(1)
except TypeError as ex:
    print("TypeError:", ex)
print(g.send(None))
