def loops():
    for i in range(5):
        if i == 1:
            continue
        if i == 4:
            break
        yield i
    else:
        yield "no else"
    while True:
        yield "while"
        break
    else:
        yield "never"
    for j in range(2):
        yield j
    else:
        yield "else"
print(list(loops()))

def nested_loops():
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            yield (i, j)
print(list(nested_loops()))

def in_except():
    try:
        raise ValueError("v")
    except ValueError as e:
        yield "in except " + str(e)
    finally:
        yield "in finally"
    yield "after"
print(list(in_except()))

def return_in_finally():
    try:
        yield 1
        return "from try"
    finally:
        print("finally before StopIteration")
g = return_in_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)

def yield_exprs():
    a = yield
    b = yield a, a
    c = (yield b) + 1
    print("c", c)
    yield [c]
g = yield_exprs()
print(next(g))
print(g.send(2))
print(g.send("b"))
print(g.send(41))
