# glasspy-exp: hand
# DESIGN §2.2 and docs/internals.md: containers release their items in CPython 3.11's
# order. Freed ints go to the head of a LIFO free list, so the order in which new ints get
# the freed ids shows the order of release.
n = 1000000

# A list releases its items from the last to the first: the first item is freed last and
# its slot is handed out first.
l = [n + 1, n + 2, n + 3]
i0 = id(l[0]); i1 = id(l[1]); i2 = id(l[2])
del l
a = n + 10
b = n + 11
c = n + 12
print('list', id(a) == i0, id(b) == i1, id(c) == i2)
del a, b, c, i0, i1, i2

# A tuple: the same.
t = (n + 1, n + 2, n + 3)
i0 = id(t[0]); i1 = id(t[1]); i2 = id(t[2])
del t
a = n + 10
b = n + 11
c = n + 12
print('tuple', id(a) == i0, id(b) == i1, id(c) == i2)
del a, b, c, i0, i1, i2

# A dict: entries in insertion order, each key then its value — the last value is freed
# last and reused first.
d = {n + 1: n + 2, n + 3: n + 4}
ks = list(d)
k0 = id(ks[0]); v0 = id(d[ks[0]]); k1 = id(ks[1]); v1 = id(d[ks[1]])
del ks
del d
a = n + 10
b = n + 11
c = n + 12
e = n + 13
print('dict', id(a) == v1, id(b) == k1, id(c) == v0, id(e) == k0)
del a, b, c, e

# A frame: its locals in slot order when the function returns.
def f():
    p = n + 1
    q = n + 2
    r = n + 3
    return id(p), id(q), id(r)
ip, iq, ir = f()
a = n + 10
b = n + 11
c = n + 12
print('frame', id(a) == ir, id(b) == iq, id(c) == ip)
