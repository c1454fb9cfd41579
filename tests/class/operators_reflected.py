# Reflected operators: subclass priority, NotImplemented from both sides.
class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("A.__radd__")
        return "A.radd"
class B(A):
    def __add__(self, o):
        print("B.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("B.__radd__")
        return "B.radd"
print(A() + B())
print(B() + A())
try:
    A() + A()
except TypeError as e:
    print("TypeError:", e)
class C:
    def __radd__(self, o):
        return f"C.radd({o!r})"
print(1 + C(), "s" + C(), [1] + C())
class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    N() + N()
except TypeError as e:
    print("TypeError:", e)
class M:
    def __mul__(self, o): return "M*"
    def __rmul__(self, o): return "*M"
print(M() * 2, 2 * M(), M() * M())
class R:
    def __rsub__(self, o): return f"{o} - R"
    def __rtruediv__(self, o): return f"{o} / R"
    def __rfloordiv__(self, o): return f"{o} // R"
    def __rmod__(self, o): return f"{o} % R"
    def __rpow__(self, o): return f"{o} ** R"
    def __rlshift__(self, o): return f"{o} << R"
    def __rand__(self, o): return f"{o} & R"
print(5 - R(), 5 / R(), 5 // R(), 5 % R(), 5 ** R(), 5 << R(), 5 & R())
