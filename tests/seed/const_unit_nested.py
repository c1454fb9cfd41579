# glasspy-exp: hand
# DESIGN §1: equal constants anywhere in one compiled unit — nested functions included — are
# one object: `x = 1000` and `def f(): return 1000` in one file give `f() is x`.
x = 1000
def f():
    return 1000
def outer():
    def inner():
        return 1000
    return inner
print(f() is x, outer()() is x)
lam = lambda: 1000
print(lam() is x)
y = 2.5
def g():
    return 2.5
print(g() is y)
s = 'not an identifier!'
def h():
    return 'not an identifier!'
print(h() is s)
t = (1, 'two', 3.0)
def k():
    return (1, 'two', 3.0)
print(k() is t)
# Equal values of different types are different constants.
def one_float():
    return 1000.0
print(one_float() is x, one_float() == x)
# Default values are constants of the unit too.
def d(a=1000):
    return a
print(d() is x)
