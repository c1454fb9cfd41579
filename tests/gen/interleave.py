def tag(name, n):
    for i in range(n):
        yield f"{name}{i}"

gens = [tag("a", 3), tag("b", 2), tag("c", 4)]
out = []
while gens:
    for g in list(gens):
        try:
            out.append(next(g))
        except StopIteration:
            gens.remove(g)
print(out)

def roundrobin(*its):
    its = [iter(i) for i in its]
    while its:
        nxt = []
        for it in its:
            for v in it:
                yield v
                nxt.append(it)
                break
        its = nxt
print(list(roundrobin("ABC", "D", "EF")))

def producer(n):
    for i in range(n):
        yield i

def consumer():
    total = 0
    while True:
        x = yield
        if x is None:
            break
        total += x
    yield total

c = consumer()
next(c)
for v in producer(10):
    c.send(v)
print(c.send(None))
