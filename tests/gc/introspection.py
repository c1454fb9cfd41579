import gc
l = [1, 'a', [2]]
print(sorted(map(repr, gc.get_referents(l))))
print(len(gc.get_referents(l, {1: 3})))
print(gc.get_referrers(l[2]) == [l])
objs = gc.get_objects()
print(type(objs).__name__, any(o is l for o in objs), any(o is objs for o in objs))
print(gc.get_objects(None) is not None, type(gc.get_objects(generation=2)).__name__)
for bad in (5, -2):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print("ValueError:", e)
print(gc.get_referents(1), gc.get_referents(), gc.get_referrers())
class A: pass
a = A()
holder = {"k": a}
print(holder in gc.get_referrers(a))
