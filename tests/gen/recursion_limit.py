def r(n):
    if n == 0:
        yield 0
    else:
        yield from r(n - 1)

print(list(r(200)))
try:
    print(len(list(r(100000))))
except RecursionError as e:
    print("RecursionError", e)

def nest(n):
    g = iter([1, 2])
    for i in range(n):
        g = (x for x in g)
    return g
print(list(nest(100)))
print("still fine")
print(list(r(10)))
