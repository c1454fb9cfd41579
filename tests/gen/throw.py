def g():
    while True:
        try:
            yield 1
        except ValueError as e:
            print("caught ValueError", e)
        except KeyError as e:
            print("caught KeyError", e)
            return "done"

it = g()
print(next(it))
print(it.throw(ValueError("v1")))
print(it.throw(ValueError, "v2"))
print(it.throw(ValueError, ValueError("v3")))
print(it.throw(ValueError("v4"), None, None))
try:
    it.throw(KeyError("k"))
except StopIteration as e:
    print("stop", e.value)

it = g()
next(it)
try:
    it.throw(TypeError("not caught"))
except TypeError as e:
    print("propagated", e)
# the generator is finished now
try:
    next(it)
except StopIteration:
    print("finished")
try:
    it.throw(IndexError("into finished"))
except IndexError as e:
    print("raised as is", e)

# throw into a just-started generator
def h():
    print("never runs")
    yield 1
x = h()
try:
    x.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early", e)
print(list(x))

# bad arguments
y = g()
next(y)
for args in [(1,), (ValueError("a"), 1), ("str",)]:
    try:
        y.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    y.throw(ValueError, None, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    y.throw()
except TypeError as e:
    print("TypeError:", e)
