# A key's __eq__ that clears or grows the dict being looked up must not crash it.
class K:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        d.clear()
        return False

d = {}
for i in range(8):
    d[K(1)] = i          # each store compares with the previous key, which empties d
print(1 <= len(d) <= 2, i in d.values())
d = {K(1): 1, K(9): 2}
print(K(1) in d, len(d))
d = {K(1): 1}
print(d.setdefault(K(1), 'x'), len(d))
d = {K(1): 1}
print(d.get(K(1), 'absent'), len(d))
d = {K(1): 1}
try:
    d.pop(K(1))
except KeyError:
    print("KeyError")
d = {K(1): 1}
d.update({K(1): 2})
print(len(d), list(d.values()))

class Grow:
    def __hash__(self):
        return 5
    def __eq__(self, other):
        for i in range(10, 60):
            g[i] = i          # forces resizes in the middle of the lookup
        return False
g = {Grow(): 0}
g[Grow()] = 1
print(len(g), sorted(v for v in g.values() if v < 10))

class S:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        s.clear()
        return True
s = {S(), 5}
print(S() in s, len(s))
