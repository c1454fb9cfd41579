x = 1
def f():
    y = 2
    return sorted(locals())
print(f())
def g(a, *args, **kw):
    b = 3
    return sorted(locals().items())
print(g(1, 2, k=3))
print(sorted(k for k in globals() if not k.startswith("__")))
print(globals()["x"], "f" in globals(), __name__)
globals()["newvar"] = 42
print(newvar)
def h():
    global later
    later = "set"
h()
print(later)
def nested():
    z = 1
    def inner():
        return z
    return sorted(locals())
print(nested())
print(sorted(vars().keys())[:3] == sorted(globals().keys())[:3])
