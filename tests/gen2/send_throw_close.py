import sys
def g():
    x = yield 1
    print("got", x)
    try:
        y = yield 2
    except ValueError as e:
        print("caught", repr(e))
        y = yield 3
    return "ret"
it = g()
try:
    it.send(5)
except TypeError as e:
    print(e)
print(next(it), it.send("a"), it.throw(ValueError("v")))
try:
    it.send(None)
except StopIteration as e:
    print("stop", e.value, e.args)
try:
    next(it)
except StopIteration as e:
    print("stop2", e.value, e.args)
it = g(); next(it)
print(it.throw(ValueError) if False else "")
# throw with type, value
def h():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args, e.__traceback__ is not None)
it = h(); next(it)
it.throw(ValueError)
it.throw(ValueError, "msg")
it.throw(ValueError, ("a", "b"))
it.throw(ValueError("inst"))
it.throw(ValueError, None)
try:
    it.throw(ValueError("i"), "x")
except TypeError as e:
    print(e)
try:
    it.throw(5)
except TypeError as e:
    print(e)
try:
    it.throw(int)
except TypeError as e:
    print(e)
def tb():
    try: 1/0
    except Exception as e: return e.__traceback__
it.throw(KeyError, KeyError(1), tb())
try:
    it.throw(KeyError, None, 5)
except TypeError as e:
    print(e)
it.close()
print(it.gi_running, it.gi_frame)
# close semantics
def c():
    try:
        yield 1
    except GeneratorExit:
        print("exit")
        yield 2
it = c(); next(it)
try:
    it.close()
except RuntimeError as e:
    print(e)
def c2():
    try:
        yield 1
    finally:
        return 5
it = c2(); next(it)
print(it.close())
def c3():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError("k")
it = c3(); next(it)
try:
    it.close()
except KeyError as e:
    print("closeerr", e)
it = c3()
print(it.close(), it.close())
# gi_running
def r():
    print(gen.gi_running)
    yield gen.gi_running
gen = r()
print(gen.gi_running, next(gen), gen.gi_running)
def selfref():
    yield next(gs)
gs = selfref()
try:
    next(gs)
except ValueError as e:
    print(e)
# throw into unstarted
def u():
    print("never")
    yield
it = u()
try:
    it.throw(KeyError("x"))
except KeyError as e:
    print("unstarted", e)
try:
    next(it)
except StopIteration:
    print("exhausted")
# StopIteration inside generator
def si():
    yield 1
    raise StopIteration("x")
try:
    list(si())
except RuntimeError as e:
    print(e, repr(e.__cause__))
# gen attrs
def named(): yield
n = named()
print(n.__name__, n.__qualname__, n.gi_code.co_name, n.gi_yieldfrom)
n.__name__ = "zz"
print(n.__name__)
try:
    n.__name__ = 5
except TypeError as e:
    print(e)
