def f(a, b=2):
    c = 3
    return dir(), sorted(vars().items()) if False else sorted(locals())
print(f(1))
x = 5
print([n for n in dir() if not n.startswith("__")])
import sys
print("path" in dir(sys), "setrecursionlimit" in dir(sys), type(vars(sys)).__name__)
print(sorted(n for n in dir(1.5) if not n.startswith("_")))
print(sorted(n for n in dir("") if not n.startswith("_")))
print(sorted(n for n in dir([]) if not n.startswith("_")))
print(sorted(n for n in dir({}) if not n.startswith("_")))
print(sorted(n for n in dir(()) if not n.startswith("_")))
print(sorted(n for n in dir(range(1)) if not n.startswith("_")))
print(sorted(n for n in dir(slice(1)) if not n.startswith("_")))
print(sorted(n for n in dir(1) if not n.startswith("_")))
