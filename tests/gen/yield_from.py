def sub(n):
    for i in range(n):
        yield i
    return n * 10

def outer():
    r1 = yield from sub(2)
    print("r1", r1)
    r2 = yield from sub(3)
    print("r2", r2)
    return r1 + r2

print(list(outer()))
g = outer()
for v in g:
    print("v", v)

def from_iterables():
    yield from [1, 2]
    yield from (3, 4)
    yield from "ab"
    yield from range(5, 7)
    yield from {8: 0}
    r = yield from []
    print("empty returns", r)
print(list(from_iterables()))

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), (x for x in [4, 5]))))

try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print("TypeError:", e)
