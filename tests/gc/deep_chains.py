# Freeing very deep structures must not overflow the C stack (the trashcan).
l = []
for i in range(1000000):
    l = [l]
del l
print("list chain freed")
d = {}
for i in range(100000):
    d = {"next": d}
del d
print("dict chain freed")
t = ()
for i in range(100000):
    t = (t,)
del t
print("tuple chain freed")
import gc
gc.disable()
l = []
head = l
for i in range(50000):
    l2 = []
    l.append(l2)
    l = l2
l.append(head)
del l, l2, head
print("long cycle:", gc.collect())
