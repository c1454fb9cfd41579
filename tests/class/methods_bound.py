# Bound methods: identity, __self__, __func__, storing and calling later, methods in containers.
class C:
    def __init__(self, n): self.n = n
    def get(self): return self.n
    def add(self, k, *, twice=False): return self.n + k * (2 if twice else 1)
c = C(5)
m = c.get
print(m(), m.__self__ is c, m.__func__ is C.get, C.get(c), type(m).__name__)
print(c.add(1), c.add(1, twice=True), C.add(c, 2))
fs = [C(i).get for i in range(3)]
print([f() for f in fs])
print(c.get == c.get, c.get is c.get)
def plain(self): return "plain " + str(self.n)
c.attr_fn = plain
try:
    c.attr_fn()
except TypeError as e:
    print("TypeError:", e)
C.plain = plain
print(c.plain())
print(sorted(map(C.get, [C(3), C(1)])))
try:
    C.get()
except TypeError as e:
    print("TypeError:", e)
