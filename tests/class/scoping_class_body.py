# Class bodies: names, comprehensions, closures over methods, __class__ cell.
x = "global"
class C:
    x = "class"
    y = x + "!"
    z = [x for _ in range(1)]
    def m(self):
        return x
    def cls(self):
        return __class__.__name__
print(C.y, C.z, C().m(), C().cls())
def factory(n):
    class K:
        size = n
        def get(self):
            return n * 2
        def sup(self):
            return super().__repr__().startswith("<")
    return K
K3 = factory(3)
print(K3.size, K3().get(), K3.__qualname__, K3().sup())
class D:
    items = []
    for i in range(3):
        items.append(i * i)
    del i
print(D.items, hasattr(D, "i"))
class E:
    def __init__(self):
        self.__private = 1
    def get(self):
        return self.__private
e = E()
print(e.get(), e._E__private, hasattr(e, "__private"))
