def g():
    try:
        yield 1
        yield 2
    finally:
        print("fin")
it = g()
print(iter(it) is it, it.__next__())
try:
    it.throw(StopIteration)
except RuntimeError as e:
    print("RT", e, repr(e.__cause__))
it = g(); next(it)
try:
    it.throw(StopIteration("v"))
except RuntimeError as e:
    print("RT2", e)
def g2():
    yield 1
it = g2()
it.close()
print(next(it, "default"))
it = g2()
try:
    it.throw(GeneratorExit)
except GeneratorExit:
    print("GE from unstarted")
print(next(it, "after"))
def closer():
    try:
        yield
    finally:
        it2.close()
it2 = closer(); next(it2)
try:
    it2.send(None)
except StopIteration:
    print("stop")
except ValueError as e:
    print("close from inside:", e)
def runner():
    try:
        it3.close()
    except ValueError as e:
        print("close running:", e)
    yield
it3 = runner()
next(it3)
def thrower():
    try:
        it4.throw(KeyError)
    except ValueError as e:
        print("throw running:", e)
    yield
it4 = thrower()
next(it4)
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return False
def wg():
    with CM():
        yield 1
        yield 2
x = wg(); next(x); x.close()
x = wg(); next(x)
try:
    x.throw(ValueError("into with"))
except ValueError as e:
    print("out", e)
def ret_in_finally():
    try:
        yield 1
    finally:
        return "fromfinally"
x = ret_in_finally(); next(x)
try:
    x.throw(KeyError)
except StopIteration as e:
    print("stop value", e.value)
def yield_in_finally():
    try:
        yield 1
    finally:
        yield "in finally"
x = yield_in_finally(); next(x)
print(x.throw(KeyError("k")))
try:
    next(x)
except KeyError as e:
    print("resumed", repr(e))
# genexp raising StopIteration inside
def stopper():
    raise StopIteration
try:
    list(stopper() for _ in range(2))
except RuntimeError as e:
    print(e)
# generator with args & defaults & closure
def mk(n):
    def gen(k=2):
        for i in range(n):
            yield i * k
    return gen
print(list(mk(3)()), list(mk(2)(10)))
# send values through yield expressions
def acc():
    total = 0
    while True:
        v = yield total
        if v is None: break
        total += v
    return total
a = acc(); next(a)
for v in (1, 2, 3): print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("total", e.value)
# yield as expression in various positions
def ye():
    x = [(yield 1), (yield 2)]
    y = {(yield "k"): (yield "v")}
    z = f"{(yield 'f')}"
    return x, y, z
g = ye()
r = [next(g)]
try:
    for s in ("a", "b", "c", "d", "e"):
        r.append(g.send(s))
except StopIteration as e:
    print(r, e.value)
# gi_running, gi_suspended(3.11), gi_code
def gs(): yield
x = gs()
print(x.gi_suspended, x.gi_running)
next(x)
print(x.gi_suspended)
x.close()
print(x.gi_suspended, x.gi_frame)
print(type(x).__name__, repr(type(x)))
