import gc
gc.disable()
print(gc.collect())
l = []
l.append(l)
del l
print("self-referencing list:", gc.collect())
a = []
b = [a]
a.append(b)
del a, b
print("two lists:", gc.collect())
ring = [[] for i in range(10)]
for i in range(10):
    ring[i].append(ring[(i + 1) % 10])
del ring
print("ring of ten:", gc.collect())
keep = []
keep.append(keep)
print("reachable cycle:", gc.collect())
del keep
print("now garbage:", gc.collect())
print("nothing left:", gc.collect())
