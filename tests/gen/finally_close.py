def res(name):
    print("open", name)
    try:
        yield name + "-1"
        yield name + "-2"
    finally:
        print("close", name)

for v in res("a"):
    print(v)

for v in res("b"):
    print(v)
    break
print("after break")

g = res("c")
next(g)
del g
print("after del")

def nested():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
n = nested()
next(n)
n = None
print("end")

def holder():
    g = res("d")
    next(g)
    return "returned"
print(holder())
