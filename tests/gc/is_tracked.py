import gc
print(gc.is_tracked(0), gc.is_tracked(10**30), gc.is_tracked("abc"), gc.is_tracked(1.5))
print(gc.is_tracked(None), gc.is_tracked(True), gc.is_tracked(int), gc.is_tracked(gc))
print(gc.is_tracked([]), gc.is_tracked([1]), gc.is_tracked(()))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked({1: ()}))
print(gc.is_tracked({"a": {}}), gc.is_tracked({"a": (1,)}))
x = 5
t = (x, "b")
print(gc.is_tracked(t))
t2 = ([],)
print(gc.is_tracked(t2))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(t2))
n = (t, t)
print(gc.is_tracked(n))
gc.collect()
print(gc.is_tracked(n))
def f():
    pass
print(gc.is_tracked(f), gc.is_tracked(len), gc.is_tracked(print))
try:
    gc.is_tracked()
except TypeError as e:
    print("TypeError:", e)
