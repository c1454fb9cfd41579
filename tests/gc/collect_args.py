import gc
gc.disable()
l = []
l.append(l)
del l
print(gc.collect(0))
print(gc.collect(generation=1))
print(gc.collect(2))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError:", e)
