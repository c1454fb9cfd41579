import sys
def name():
    e = sys.exc_info()[0]
    return e.__name__ if e else None

def g():
    print("start", name())
    try:
        raise ValueError
    except ValueError:
        print("in except", name())
        yield 1
        print("resumed in except", name())
    print("after except", name())
    yield 2
    print("end", name())
    yield 3

it = g()
try:
    raise KeyError
except KeyError:
    next(it)
    print("caller after first", name())
next(it)
print("caller", name())
try:
    raise IndexError
except IndexError:
    next(it)
    print("caller still", name())

def chained():
    try:
        yield
    finally:
        raise TypeError("in finally")
c = chained()
next(c)
try:
    raise KeyError("outer")
except KeyError:
    try:
        c.close()
    except TypeError as e:
        print("context", type(e.__context__).__name__)

def implicit():
    yield
    raise ValueError("x")
i = implicit()
next(i)
try:
    raise KeyError("k")
except KeyError:
    try:
        next(i)
    except ValueError as e:
        print("implicit context", repr(e.__context__))

def bare():
    yield
    raise
b = bare()
next(b)
try:
    raise OSError("os")
except OSError:
    try:
        next(b)
    except OSError as e:
        print("bare raise", e)

def thrown():
    try:
        raise ValueError("own")
    except ValueError:
        yield
g2 = thrown()
next(g2)
try:
    g2.throw(KeyError("t"))
except KeyError as e:
    print("thrown context", repr(e.__context__))
