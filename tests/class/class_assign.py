# Assigning __class__ between compatible classes; errors for incompatible ones.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
a.x = 1
a.__class__ = B
print(a.who(), type(a).__name__, a.x, isinstance(a, B))
try:
    a.__class__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError:", e)
class L(list): pass
try:
    a.__class__ = L
except TypeError as e:
    print("TypeError:", type(e).__name__)
