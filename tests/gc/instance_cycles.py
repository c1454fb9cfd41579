import gc
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
        self.links = []
a = Node("a")
b = Node("b")
a.links.append(b)
b.links.append(a)
del a, b
print("two nodes:", gc.collect())
class Tree:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)
root = Tree()
for i in range(10):
    Tree(root)
del root
print("tree with parent links:", gc.collect())
class Holder:
    pass
h = Holder()
h.method = h.__init__
h.me = h
del h
print("bound method cycle:", gc.collect())
class Selfref:
    def __init__(self):
        self.me = self
for i in range(100):
    Selfref()
print("hundred self refs:", gc.collect())
class K:
    pass
K.cls = K
del K
print("class cycle collected:", gc.collect() > 0)
n = None
for i in range(200000):
    m = Node(i)
    m.links.append(n)
    n = m
del n, m
print("deep instance chain freed")
