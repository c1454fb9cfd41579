class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def g():
    a = Noisy("a")
    b = Noisy("b")
    yield 1
    c = Noisy("c")
    yield 2
    print("ending")

x = g()
print(next(x))
print(next(x))
print(list(x))
print("after finish")
del x
print("after del")

y = g()
next(y)
print("closing")
y.close()
print("closed")
del y

z = g()
next(z)
print("dropping suspended")
z = None
print("dropped")

w = g()
print("dropping unstarted")
del w
print("end")

def args_gen(p, q):
    yield p.name
n = args_gen(Noisy("p"), Noisy("q"))
print("unstarted with args")
del n
print("done")
