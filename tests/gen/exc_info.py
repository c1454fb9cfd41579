import sys

def gen():
    try:
        raise ValueError("inside")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]

g = gen()
print(next(g))
print(sys.exc_info())
try:
    raise KeyError("outer")
except KeyError:
    print(next(g))
    print(sys.exc_info()[0].__name__)
print(next(g))

def sees_outer():
    yield sys.exc_info()[0]
h = sees_outer()
try:
    raise IndexError
except IndexError:
    print(next(h).__name__)

def reraise():
    try:
        raise ValueError("v")
    except ValueError:
        yield 1
        raise
r = reraise()
next(r)
try:
    next(r)
except ValueError as e:
    print("reraised", e)
