def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
def f():
    pass
f.attr = 5
print(getattr(f, "attr"), getattr(f, "nope", "dflt"), hasattr(f, "attr"), hasattr(f, "nope"))
setattr(f, "other", [1])
print(f.other)
delattr(f, "other")
print(hasattr(f, "other"))
t(lambda: getattr(f, "missing"))
t(lambda: getattr(1, "missing"))
t(lambda: getattr(f, 5))
t(lambda: delattr(f, "zzz"))
t(lambda: setattr(1, "x", 2))
print(callable(f), callable(len), callable(1), callable(int), callable(lambda: 0), callable("s"))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance("s", (int, str)), isinstance(1.0, float), isinstance([], (list, tuple)))
t(lambda: isinstance(1, 2))
t(lambda: isinstance(1, (int, 5)))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(float, int))
print(type(1).__name__, type("").__name__, type([]).__name__, type(()).__name__, type({}).__name__, type(None).__name__, type(len).__name__, type(f).__name__, type(1.5).__name__, type(range(1)).__name__, type(True).__name__)
g = 1
print("g" in globals(), "f" in globals(), globals()["g"])
def loc(a, b=2):
    c = 3
    return sorted(locals().items())
print(loc(1))
print(vars(f) if False else sorted(vars(f)), sorted(k for k in dir([]) if not k.startswith("_"))[:8])
print("append" in dir([]), "upper" in dir(""), "keys" in dir({}))
t(lambda: vars(1))
print(len("abc"), len([1]), len({}), len(range(5)), len((1, 2)))
t(lambda: len(5))
t(lambda: len())
