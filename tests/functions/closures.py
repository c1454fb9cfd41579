def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
def adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
a, b = adders()
print([f(10) for f in a], [f(10) for f in b])
def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner()
    return mid()
print(outer())
def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(shadow())
g = 5
def use_global():
    global g
    g += 1
    return g
print(use_global(), g)
def late():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(late())
def acc(start):
    total = start
    def add(v):
        nonlocal total
        total += v
        return total
    def get():
        return total
    return add, get
add, get = acc(100)
add(5); add(10)
print(get())
def unbound():
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
unbound()
def unbound_free():
    def f():
        return z
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
unbound_free()
try:
    undefined_name
except NameError as e:
    print(e)
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5), (lambda *a, **k: (a, k))(1, b=2), (lambda: None)())
sq = lambda x: x * x
print(sq(7), sq.__name__, (lambda: 0).__name__)
