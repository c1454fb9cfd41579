# __del__ runs the moment the last reference goes.
class T:
    def __init__(self, name):
        self.name = name
        print("init", name)
    def __del__(self):
        print("del", self.name)

a = T("a")
a = T("b")
print("after rebind")
del a
print("after del")
def f():
    t = T("local")
    print("in f")
    return 1
f()
print("after f")
def g():
    return T("returned")
g()
print("after g")
x = g()
print("kept", x.name)
x = None
l = [T("l1"), T("l2")]
l.clear()
print("after clear")
d = {"k": T("dv")}
d["k"] = 0
print("after dict set")
try:
    t = T("exc")
    raise ValueError("boom")
except ValueError:
    print("caught")
del t
print("end")
