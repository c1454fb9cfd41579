def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

x = g()
print(next(x))
print(x.close())
print(x.close())
try:
    next(x)
except StopIteration:
    print("closed is finished")

# closing an unstarted generator runs nothing
y = g()
y.close()
print(list(y))

def catches():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
z = catches()
next(z)
z.close()

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_exit()
next(r)
print(r.close())

def ignores():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")
i = ignores()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def raises_other():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
o = raises_other()
next(o)
try:
    o.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)
