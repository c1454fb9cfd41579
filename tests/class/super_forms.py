# super() with no arguments, with two arguments, in classmethods and __init__.
class A:
    def __init__(self):
        self.log = ["A"]
    def m(self):
        return "A.m"
    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__

class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
    def m(self):
        return "B.m/" + super().m()
    @classmethod
    def cm(cls):
        return "B.cm/" + super().cm()

class C(B):
    def m(self):
        return "C.m/" + super(B, self).m()

c = C()
print(c.log, c.m(), C.cm(), c.cm())
print(super(C, c).m())
s = super(B, c)
print(s.m())
class D(A):
    def __init__(self, x):
        super(D, self).__init__()
        self.x = x
print(D(3).x, D(3).log)

def outside():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError:", e)
outside()
