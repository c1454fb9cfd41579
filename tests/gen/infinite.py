def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

print(take(5, naturals()))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

g = fib()
print([next(g) for _ in range(15)])

def islice(it, start, stop):
    i = 0
    for x in it:
        if i >= stop:
            return
        if i >= start:
            yield x
        i += 1

print(list(islice(fib(), 10, 20)))
print(sum(islice(naturals(), 0, 1000)))
