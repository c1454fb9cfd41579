# Subclassing str: methods, repr, operations return plain str.
class Name(str):
    def shout(self):
        return self.upper() + "!"
    def __repr__(self):
        return f"Name({str.__repr__(self)})"
n = Name("bob")
print(n, repr(n), n.shout(), len(n), n + "x", type(n + "x").__name__, n == "bob")
print(isinstance(n, str), n.startswith("b"), n[1], {n: 1}["bob"], hash(n) == hash("bob"))
print(f"{n}", "%s" % n, str(n), type(str(n)).__name__, n.title())
class Up(str):
    def __str__(self):
        return "UP:" + self
u = Up("a")
print(u, str(u), f"{u!s}", [u])
class T(tuple):
    def total(self): return sum(self)
t = T([1, 2, 3])
print(t, t.total(), len(t), t[1], type(t).__name__, t == (1, 2, 3))
