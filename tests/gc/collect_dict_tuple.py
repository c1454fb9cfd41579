import gc
gc.disable()
d = {}
d["self"] = d
del d
print("dict self:", gc.collect())
a = []
t = (a, 1, "s")
a.append(t)
del a, t
print("list+tuple:", gc.collect())
d1 = {}
d2 = {"back": d1}
d1["fwd"] = d2
del d1, d2
print("two dicts:", gc.collect())
x = []
y = {"k": x, "n": (x, [x])}
x.append(y)
del x, y
print("mixed:", gc.collect())
l = [tuple([1, 2]), {"a": 1}, "str", 42, 3.5]
l.append(l)
del l
print("cycle with atomic contents:", gc.collect())
