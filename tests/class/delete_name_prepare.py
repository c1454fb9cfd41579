# `del name` in a class body whose namespace (from __prepare__) refuses the deletion:
# any failure becomes NameError, as in CPython.
class NS(dict):
    def __delitem__(self, k):
        if k == "x":
            raise RuntimeError("no deleting x")
        super().__delitem__(k)

class M(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NS()

class C(metaclass=M):
    x = 1
    y = 2
    try:
        del x
    except NameError as e:
        print("NameError:", e)
    del y
    try:
        del y
    except NameError as e:
        print("NameError:", e)

print(sorted(k for k in C.__dict__ if not k.startswith("__")))
