# A million reference cycles made in a loop: the automatic collector keeps memory bounded.
import gc
try:
    import heap
except ImportError:
    heap = None
print(gc.isenabled())
peak = 0
for i in range(1000000):
    a = [i]
    a.append(a)
    if heap is not None and i % 100000 == 0:
        peak = max(peak, heap.stats()["objects"])
del a
print("bounded:", peak < 100000)
print("done")
