# Locals of a frame an exception leaves live on in the traceback (tb_frame) until the
# exception is cleared: CPython's order of __del__ calls.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def f():
    d = D("f")
    1 / 0


try:
    f()
except ZeroDivisionError:
    print("caught")
print("after")


# Nested calls: every frame on the path keeps its locals until the exception dies;
# the innermost frame's locals go first.
def h():
    c1 = D("h1")
    c2 = D("h2")
    raise ValueError("x")


def g():
    b = D("g")
    h()


def outer():
    a = D("outer")
    g()


try:
    outer()
except ValueError as e:
    print("caught", e)
print("after nested")


# except ... as e, then del e inside the handler.
try:
    outer()
except ValueError as e:
    print("handler")
    keep = e
    print("deleting")
    del keep
    print("deleted")
print("after handler")


# The exception outlives the handler: the locals go when the last reference does.
saved = None
try:
    f()
except ZeroDivisionError as e:
    saved = e
print("saved")
saved = None
print("cleared")


# Re-raise from a handler in the frame itself, and from the caller.
def r():
    y = D("r")
    try:
        1 / 0
    except ZeroDivisionError:
        print("reraising")
        raise


def r2():
    z = D("r2")
    try:
        r()
    except ZeroDivisionError:
        raise


try:
    r2()
except ZeroDivisionError:
    print("reraise caught")
print("after reraise")


# A normal return releases the locals at once.
def ok():
    q = D("ok")
    return 1


ok()
print("after ok")


# Generators: the generator's frame keeps its locals in the traceback too.
def gen():
    z = D("gen")
    yield 1
    raise KeyError(1)


try:
    for v in gen():
        print(v)
except KeyError:
    print("gen caught")
print("after gen")
