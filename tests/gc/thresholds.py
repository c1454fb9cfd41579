import gc
print(gc.get_threshold())
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
for args in [(), (1, 2, 3, 4), ("a",), (1.5,)]:
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print("TypeError:", e)
print(gc.get_threshold())
gc.set_threshold(0)
l = [[] for i in range(2000)]
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
