# __del__ of objects in cycles runs once, before the cycle is broken (PEP 442)
import gc
gc.disable()
class A:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
a = A("a"); a.me = a
del a
print("collect:", gc.collect())
b = A("b"); c = A("c"); b.other = c; c.other = b
del b, c
print("collect:", gc.collect())
saved = []
class R:
    def __del__(self):
        print("R del, resurrecting")
        saved.append(self)
r = R(); r.me = r
del r
print("collect:", gc.collect())
print(len(saved), type(saved[0]).__name__)
saved.clear()
print("collect again:", gc.collect())
class P: pass
p = P(); p.me = p; del p
print("plain instance:", gc.collect())
class B:
    def __del__(self): raise ValueError("in del")
x = B(); x.me = x; del x
print("raising:", gc.collect())
print("end")
