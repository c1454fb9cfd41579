# Freeing long chains of instances must not recurse without bound (the trashcan), and
# each __del__ runs exactly once even when the free is deferred.
class N:
    __slots__ = ('next',)

n = None
for i in range(300000):
    x = N()
    x.next = n
    n = x
del n, x
print("slots chain freed")

class L(list):
    count = 0
    def __del__(self):
        L.count += 1

n = L()
for i in range(100000):
    n = L([n])
del n
print("list-subclass chain freed, __del__ ran", L.count, "times")

class D:
    count = 0
    def __del__(self):
        D.count += 1

n = None
for i in range(100000):
    x = D()
    x.next = n
    n = x
del n, x
print("instance chain freed, __del__ ran", D.count, "times")
