def g(a, *rest, k=3, **kw):
    x = [a]
    yield x
    x.append(k)
    yield x
    x.extend(rest)
    x.append(sorted(kw))
    yield x

it = g(1, 2, 3, k=4, z=5, y=6)
for v in it:
    print(v)

def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    while True:
        yield bump()
c = counter()
print(next(c), next(c), next(c))

def closure_gen(n):
    def inner():
        for i in range(n):
            yield i * n
    return inner()
print(list(closure_gen(3)))

gens = [counter() for _ in range(3)]
print([next(x) for x in gens], [next(x) for x in gens])
