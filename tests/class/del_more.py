# __del__ with containers, attribute chains, exceptions inside __del__ and resurrection.
class N:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("del", self.name)
root = N("root", N("mid", N("leaf")))
root = None
print("chain gone")
items = [N(str(i)) for i in range(3)]
del items[1]
print("one removed")
items.pop()
print("popped")
items = None
keep = []
class Phoenix:
    def __del__(self):
        print("phoenix del")
        keep.append(self)
p = Phoenix()
del p
print(len(keep), type(keep[0]).__name__)
def scope():
    a = N("s1")
    b = N("s2")
    print("leaving")
scope()
print("done")
