class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)

t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t))
print(list(t.walk()))
print(sum(t), max(t), sorted(t, reverse=True))
for v in t:
    print("v", v)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c))
print([x * y for x in c for y in Countdown(2)])
print(type(iter(c)).__name__)

class Seq:
    def gen(self):
        return (self.scale * i for i in range(3))
    scale = 10
print(list(Seq().gen()))
