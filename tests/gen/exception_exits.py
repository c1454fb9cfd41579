def fails():
    yield 1
    yield 1 // 0
    yield 3

g = fails()
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    next(g)
except StopIteration:
    print("finished after the exception")

def catches_inside():
    for i in range(3):
        try:
            yield 10 // (1 - i)
        except ZeroDivisionError:
            yield "div"
print(list(catches_inside()))

def uses_finally():
    try:
        yield 1
        raise KeyError("k")
    finally:
        print("finally runs")
try:
    for v in uses_finally():
        print(v)
except KeyError as e:
    print("KeyError", e)
