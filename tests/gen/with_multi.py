class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise KeyError("enter " + self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        if self.fail_exit:
            raise IndexError("exit " + self.name)
        return self.suppress

with CM("a") as a, CM("b") as b, CM("c"):
    print("body", a, b)

with CM("outer", suppress=True), CM("inner"):
    raise ValueError("suppressed")
print("after suppression")

try:
    with CM("x"), CM("y", fail_enter=True), CM("z"):
        print("not reached")
except KeyError as e:
    print("KeyError", e)

try:
    with CM("p", fail_exit=True):
        raise ValueError("original")
except IndexError as e:
    print("IndexError", e, "context:", repr(e.__context__))

def returns():
    with CM("r"):
        return "returned"
print(returns())

for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done", i)

def gen_with():
    with CM("g1"), CM("g2"):
        yield 1
        yield 2
g = gen_with()
print(next(g))
g.close()
print(list(gen_with()))

with CM("s", suppress=1):
    1 / 0
print("truthy suppress")
