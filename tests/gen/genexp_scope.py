# The first iterable is evaluated at once, in the enclosing scope; the rest lazily.
def src(name, items):
    print("evaluating", name)
    return items

g = (x for x in src("outer", [1, 2]) for y in src("inner", [0]))
print("created")
print(list(g))

x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))

def f():
    n = 5
    return (n * i for i in range(3))
print(list(f()))

class_like = [1, 2, 3]
try:
    g = (a for a in 5)
except TypeError as e:
    print("TypeError at creation:", e)

def local():
    items = [1, 2, 3]
    total = 100
    return list(total + i for i in items)
print(local())

# the loop variable does not leak
z = "outer z"
list(z for z in range(3))
print(z)

# closures over the genexp variable
fs = list((lambda: i) for i in range(3))
print([fn() for fn in fs])
