# __dict__, __class__, __name__, __qualname__, __module__, __doc__, vars().
class Outer:
    "Outer docs."
    class Inner:
        pass
    def method(self):
        class Local:
            pass
        return Local
o = Outer()
o.x = 1
print(o.__dict__, vars(o), o.__class__.__name__, Outer.__doc__)
print(Outer.__name__, Outer.__qualname__, Outer.Inner.__qualname__, Outer.__module__)
L = o.method()
print(L.__name__, L.__qualname__, repr(L))
print(Outer.Inner, Outer.method.__qualname__)
class NoDoc: pass
print(NoDoc.__doc__, NoDoc().__doc__)
o.__dict__["y"] = 2
print(o.y, sorted(vars(o)))
o.__dict__ = {"z": 3}
print(o.z, hasattr(o, "x"))
print("method" in Outer.__dict__, "Inner" in vars(Outer), type(Outer.__dict__["method"]).__name__)
print(o.__class__ is Outer, type(o.__dict__).__name__)
Outer.__name__ = "Renamed"
print(Outer.__name__, Outer.__qualname__)
