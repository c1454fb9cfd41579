import circ2.x as me
print("self import sees", me.__name__)
try:
    me.later
except AttributeError as e:
    print("AE3:", e)
later = 1
