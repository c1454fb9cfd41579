# User reprs inside containers, recursive structures and nested instances.
class Node:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)
    def __repr__(self):
        if self.kids:
            return f"Node({self.v}, {self.kids!r})"
        return f"Node({self.v})"
t = Node(1, [Node(2), Node(3, [Node(4)])])
print(t)
print([t.kids[0]], {"n": t.kids[1]}, (Node(5),), {Node(6).v})
l = [Node(0)]
l.append(l)
print(l)
class Holder:
    def __init__(self): self.items = []
    def __repr__(self): return f"Holder({self.items})"
h = Holder()
h.items.append(h.items)
print(h)
print(str([Node(7)]), f"{[Node(8)]}")
