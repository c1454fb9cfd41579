def f(a, b=1, *c, d, e=2, **g):
    "docstring here"
    return a
print(f.__name__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__qualname__, f.__module__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
lam = lambda x=[]: x
print(lam.__defaults__, lam.__name__, lam.__qualname__, lam.__doc__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__)
def mutable(x, acc=[]):
    acc.append(x)
    return acc
mutable(1); mutable(2)
print(mutable.__defaults__, mutable(3, []), mutable.__defaults__)
f.__defaults__ = (10,)
print(f(0, d=1), f.__defaults__)
f.custom = "attr"
print(f.custom, sorted(k for k in vars(f)))
print(callable(f), type(f).__name__, f == f, f != outer)
def ret_multiple():
    return 1, "two", [3]
a, b, c = ret_multiple()
print(a, b, c, ret_multiple())
def no_return():
    x = 1
print(no_return())
def early(n):
    if n > 0:
        return "pos"
    elif n < 0:
        return "neg"
print(early(1), early(-1), early(0))
