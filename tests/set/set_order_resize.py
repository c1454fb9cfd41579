# Growth, deletion (dummies) and reinsertion keep CPython's order.
s = set(range(100))
for i in range(0, 100, 3):
    s.discard(i)
print(s, len(s))
for i in range(200, 260):
    s.add(i)
print(s)
t = set(range(10))
for i in range(10):
    t.remove(i)
    t.add(i + 100)
print(t)
u = set()
for i in range(5):
    u.add(i * 8)
print(u)
u.add(3)
print(u)
