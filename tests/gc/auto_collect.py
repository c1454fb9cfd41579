# Garbage cycles are collected automatically once enough containers were allocated.
import gc
gc.collect()
gc.disable()
for i in range(1000):
    l = []
    l.append(l)
del l
print("collected with gc disabled:", gc.collect())
gc.enable()
for i in range(10000):
    l = []
    l.append(l)
del l
print("left after automatic collections < 1000:", gc.collect() < 1000)
