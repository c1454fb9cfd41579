import gc
gc.disable()
def make():
    def rec(n):
        return rec(n - 1) if n else 0
    return rec
f = make()
print(f(5))
del f
print("recursive closure:", gc.collect())
def outer():
    data = [1, 2, 3]
    def get():
        return data
    data.append(get)
    return get
g = outer()
print(g()[:3])
del g
print("closure over a list holding it:", gc.collect())
def h():
    pass
h.attr = h
del h
print("function attribute cycle:", gc.collect())
