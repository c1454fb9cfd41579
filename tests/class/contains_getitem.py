# __contains__, __getitem__/__setitem__/__delitem__, and iteration through __getitem__.
class Evens:
    def __contains__(self, x):
        return x % 2 == 0
print(4 in Evens(), 3 in Evens(), 3 not in Evens())
class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(list(Seq(4)), 9 in Seq(4), 10 in Seq(4), Seq(3)[2])
for v in Seq(2):
    print("v", v)
class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("get", key)
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
g = Grid()
g[1, 2] = 5
print(g[1, 2], g[0, 0])
g[1, 2] += 1
del g[1, 2]
print(g.data)
class RO:
    def __getitem__(self, k): return k
print(RO()[1:3], RO()[::-1], RO()[1, ...])
try:
    RO()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del RO()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    object()[0]
except TypeError as e:
    print("TypeError:", e)
