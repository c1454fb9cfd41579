# __setattr__ and __delattr__ overrides; object.__setattr__ and super().__setattr__.
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
x = Logged()
x.a = 1
x.b = [2]
print(x.a, x.b, vars(x))
del x.a
print(hasattr(x, "a"))
try:
    del x.zz
except AttributeError as e:
    print("AttributeError:", e)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")
f = Frozen(3)
print(f.v)
try:
    f.v = 4
except AttributeError as e:
    print("AttributeError:", e)
setattr(x, "c", 5)
print(getattr(x, "c"))
delattr(x, "c")
print(hasattr(x, "c"))
