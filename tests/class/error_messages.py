# Error messages of calls, super() and attribute access around classes.
class A:
    def __init__(self, v): self.v = v
    def m(self, x): pass
for f in [lambda: A(), lambda: A(1, 2), lambda: A(1).m(), lambda: A(1).m(1, 2), lambda: A(v=1, w=2), lambda: A.m(1), lambda: super(A, 1), lambda: super(1), lambda: A(1).__dict__.nope, lambda: vars(1), lambda: object().x, lambda: setattr(object(), "x", 1), lambda: type.__new__(1), lambda: int.__add__(1), lambda: A.__dict__["m"](A(1))]:
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
