# Reading a local before assignment is UnboundLocalError, a NameError.
x = 'global'
def f():
    print(x)
    x = 'local'
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
def g():
    y = 1
    del y
    return y
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
