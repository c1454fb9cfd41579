def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
        return "inner-ret"
    finally:
        print("inner finally")

def outer():
    try:
        r = yield from inner()
        print("outer got", r)
        yield "outer-after"
    except KeyError as e:
        print("outer caught", repr(e))
        yield "outer-recovered"

g = outer()
print(next(g))
print(g.throw(ValueError("x")))
print(next(g))
print(list(g))

g = outer()
next(g)
print(g.throw(KeyError("k")))
print(list(g))

# close is delegated
g = outer()
next(g)
g.close()
print("closed")

# throw into a delegate that is a plain iterator: raised in the outer generator
def over_list():
    try:
        yield from [1, 2, 3]
    except ValueError as e:
        print("outer handles", e)
        yield "handled"
g = over_list()
print(next(g))
print(g.throw(ValueError("into list")))

# the delegate finishes during throw: its return value is the yield from's value
def finisher():
    try:
        yield 1
    except ValueError:
        return "finished by throw"
def wraps():
    r = yield from finisher()
    print("wraps got", r)
    yield "next"
g = wraps()
next(g)
print(g.throw(ValueError))
