# glasspy-exp: hand
# sys.getrefcount has CPython's meaning: the count includes the reference its own argument
# holds while the call runs.
import sys
x = object()
print(sys.getrefcount(x))            # the name x, and the argument
l = [x, x]
print(sys.getrefcount(x))            # and two list items
del l
print(sys.getrefcount(x))
def f(a):
    return sys.getrefcount(a)
print(f(x))                          # x, the parameter a, and the argument
n = 1000000
print(sys.getrefcount(n + 1))        # a temporary: only the argument
y = z = n + 2
print(sys.getrefcount(y))
d = {'k': y}
print(sys.getrefcount(y))
