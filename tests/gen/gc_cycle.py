def g():
    me = yield
    try:
        yield 1
    finally:
        print("finally of cyclic gen")
x = g()
next(x)
x.send(x)
del x
import gc
print("collect")
gc.collect()
print("end")

def holds_list():
    lst = []
    lst.append((yield lst))
    yield len(lst)
h = holds_list()
l = next(h)
l.append(h)
del h, l
gc.collect()
print("list cycle collected")
