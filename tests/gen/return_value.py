def f():
    yield 1
    return "result"

g = f()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)

def none_ret():
    yield 1
g = none_ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print("none:", e.value, e.args)

def tup():
    yield 1
    return (1, 2)
g = tup()
next(g)
try:
    g.send(None)
except StopIteration as e:
    print("tuple:", e.value, e.args)

# an exhausted generator raises a bare StopIteration
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)

# for loops drop the return value
def many():
    yield 1
    yield 2
    return 99
print([x for x in many()])
print(list(many()))
