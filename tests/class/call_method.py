# __call__: instances as callables, with positional and keyword arguments.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, sorted(kw)
add = Adder(10)
print(add(1), add(1, 2, 3), add(1, scale=2), add(0, z=1, a=2))
print(callable(add), callable(Adder), callable(Adder.__call__), callable(1))
print(list(map(Adder(1), [1, 2])))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache), type(fib).__name__)
try:
    Adder(1)()
except TypeError as e:
    print("TypeError:", e)
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
