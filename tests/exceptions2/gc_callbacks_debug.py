import gc
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_COLLECTABLE if False else 0)
print(gc.get_debug())
for bad in ("x", 2**40, -2**40, 2**70):
    try:
        gc.set_debug(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(gc.freeze(), gc.unfreeze(), gc.get_freeze_count())
class C:
    def __del__(self):
        pass
c = C()
c.me = c
print(gc.is_finalized(c), gc.is_finalized(1), gc.is_finalized([]))
events = []
def cb(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))
gc.callbacks.append(cb)
del c
class Node:
    def __init__(self):
        self.me = self
for _ in range(3):
    Node()
print(gc.collect())
print(gc.collect(1))
print(gc.collect(generation=0))
gc.callbacks.remove(cb)
print(events)
def bad_cb(phase, info):
    print("bad_cb", phase)
    if phase == "stop":
        raise ValueError("callback failed")
seen = []
gc.callbacks.extend([bad_cb, lambda p, i: seen.append(p)])
print(gc.collect())
print(seen)
gc.callbacks.clear()
def self_removing(phase, info):
    gc.callbacks.remove(self_removing)
    print("removed during", phase)
gc.callbacks.append(self_removing)
gc.collect()
print(gc.callbacks)
