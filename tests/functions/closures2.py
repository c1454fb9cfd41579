def outer():
    vals = []
    def add(v):
        vals.append(v)
        return len(vals)
    def reset():
        nonlocal vals
        vals = []
    def get():
        return vals
    return add, reset, get
add, reset, get = outer()
add(1); add(2)
print(get())
reset()
add(3)
print(get())
def counter_gen():
    count = 0
    def step(n=1):
        nonlocal count
        count += n
        return count
    return step
s = counter_gen()
print(s(), s(5), s(), s.__name__)
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                nonlocal a
                a += 100
                return a + b + c
            return l3
        return l2
    r = l1()()()
    return r, a
print(deep())
def fn_with_default_closure():
    x = 10
    def f(y=x):
        return y
    x = 20
    def g():
        return x
    return f(), g()
print(fn_with_default_closure())
def memo():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib
print(memo()(80))
funcs = {}
for name in ["a", "b"]:
    funcs[name] = lambda name=name: name.upper()
print(funcs["a"](), funcs["b"]())
def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(apply(max, 1, 5, 3), apply(sorted, [3, 1], reverse=True), apply(lambda **k: sorted(k), a=1, b=2))
def decorator(fn):
    def wrapper(*a, **k):
        return "<" + str(fn(*a, **k)) + ">"
    return wrapper
@decorator
def hello(name):
    return "hi " + name
print(hello("bob"), hello.__name__)
def make_multipliers():
    return [lambda x, m=m: x * m for m in range(1, 4)]
print([f(10) for f in make_multipliers()])
