def bad():
    yield 1
    raise StopIteration("oops")

g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__.args)
    print("context is cause:", e.__context__ is e.__cause__)

def inner_next():
    it = iter([])
    yield next(it)

try:
    list(inner_next())
except RuntimeError as e:
    print("RuntimeError:", e)

def caught_inside():
    try:
        raise StopIteration(5)
    except StopIteration as e:
        yield e.value
print(list(caught_inside()))

# a StopIteration raised by a sub-generator's body is converted there
def outer():
    yield from bad()
try:
    list(outer())
except RuntimeError as e:
    print("outer:", e)
