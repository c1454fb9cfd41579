def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

g = count(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
print(next(g, "default"))
for x in count(4):
    print("for", x)
print(list(count(5)))
print(tuple(count(0)))

def empty():
    return
    yield

print(list(empty()))

def lam_gen():
    f = lambda: (yield 1)
    return list(f())
print(lam_gen())
