import gc
class N:
    pass
for i in range(100):
    n = N()
    s = {n, i}
    n.s = s
    f = frozenset([n])
    n.f = f
    it = iter(s)
    n.it = it
del n, s, f, it
print(gc.collect() >= 0)
ba = bytearray(b'x')
print(ba, {b'a'})
