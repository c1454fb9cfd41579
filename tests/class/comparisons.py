# Rich comparisons: reflection, __ne__ derived from __eq__, ordering errors.
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print(f"eq {self.v} {o.v if isinstance(o, V) else o}")
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __repr__(self): return f"V({self.v})"
a, b = V(1), V(2)
print(a == b, a != b, a == V(1), a != V(1))
print(a < b, a <= b, a > b, a >= b, b > a)
print(sorted([V(3), V(1), V(2)]))
print(max([V(3), V(5), V(2)]), min(V(4), V(0)))
print(a == 1, 1 == a)
class Only:
    pass
try:
    Only() < Only()
except TypeError as e:
    print("TypeError:", e)
o = Only()
print(o == o, o != o, o == Only())
class Sub(V):
    def __eq__(self, o):
        print("Sub.eq")
        return NotImplemented
print(V(1) == Sub(1))
print([V(1), V(2)].index(V(2)), V(2) in [V(1), V(2)])
