# Errors while creating classes: MRO, __qualname__, __slots__ conflicts, layouts, hooks.
class A: pass
class B(A): pass
for make in [lambda: type("X", (A, B), {}), lambda: type("X", (), {"__qualname__": 1}), lambda: type("X", (), {"__slots__": ("a",), "a": 1}), lambda: type("X", (list, dict), {}), lambda: type("X", (int,), {"__slots__": ("q",)}), lambda: type("X", (), {"__slots__": 5})]:
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)
class P:
    def __init_subclass__(cls, **kw):
        raise ValueError("no subclasses")
try:
    class Q(P): pass
except ValueError as e:
    print("ValueError", e)
class D:
    def __set_name__(self, owner, name):
        raise RuntimeError("set_name failed")
try:
    class R:
        d = D()
except RuntimeError as e:
    print("RuntimeError", e)
def bad_body():
    class S:
        raise KeyError("in body")
try:
    bad_body()
except KeyError as e:
    print("KeyError", e)
class T:
    def __init__(self): return 5
try:
    T()
except TypeError as e:
    print("TypeError", e)
