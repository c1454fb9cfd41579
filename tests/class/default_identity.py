# Default equality and hashing are by identity; ordering is unsupported.
class A: pass
a, b = A(), A()
print(a == a, a == b, a != b, a is not b, hash(a) == hash(a), len({a, b, a}))
d = {a: "a", b: "b"}
print(d[a], d[b], a in [b], a in [a])
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([a, b])
except TypeError as e:
    print("TypeError:", e)
print(a.__eq__(b), a.__ne__(b), a.__eq__(a))
print(object() == object(), A.__hash__ is object.__hash__)
