# gc.collect() while a collection runs (from gc.callbacks or a __del__) answers 0 at once
# instead of recursing; a callback that raises is reported and the others still run.
import gc
seen = []
def nested(phase, info):
    seen.append((phase, gc.collect()))
gc.callbacks.append(nested)
print(gc.collect() >= 0, seen)
gc.callbacks.clear()

def emptier(phase, info):
    gc.callbacks.clear()       # the list being run is emptied mid-collection
    print("emptier", phase)
gc.callbacks.append(emptier)
gc.callbacks.append(lambda phase, info: print("second", phase))
print(gc.collect() >= 0, gc.callbacks)

class D:
    def __del__(self):
        print("del sees", gc.collect())
d = D()
d.me = d
del d
print(gc.collect() > 0)
def boom(phase, info):
    raise KeyError(phase)
gc.callbacks.append(boom)
gc.callbacks.append(lambda phase, info: print(phase, sorted(info)))
gc.collect()
gc.callbacks.clear()
