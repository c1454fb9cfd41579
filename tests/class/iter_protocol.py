# __iter__ / __next__: for loops, list(), unpacking, StopIteration, generators as __iter__.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
for i in Countdown(3):
    print(i)
print(list(Countdown(4)), sum(Countdown(10)), max(Countdown(5)))
a, b = Countdown(2)
print(a, b)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "end"))
class Tree:
    def __init__(self, *kids):
        self.kids = kids
    def __iter__(self):
        for k in self.kids:
            yield k
            yield k * 10
print(list(Tree(1, 2)), [x for x in Tree(3)], 20 in Tree(1, 2), dict.fromkeys(Tree(5)))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NoIter: pass
try:
    for x in NoIter(): pass
except TypeError as e:
    print("TypeError:", e)
print(sorted(Countdown(3)), tuple(Countdown(2)), set(Countdown(2)) == {1, 2})
