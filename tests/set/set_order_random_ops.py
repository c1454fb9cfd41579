# A deterministic mix of operations; every intermediate order must match CPython's.
x = 12345
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return x % n
s = set()
t = set()
for step in range(3000):
    op = rnd(10)
    v = rnd(300) - 50
    if op < 4:
        s.add(v)
    elif op < 6:
        s.discard(v)
    elif op == 6 and s:
        s.pop()
    elif op == 7:
        t.add(v * 7)
    elif op == 8:
        t.discard(rnd(300) * 7)
    else:
        t.add(str(v))
    if step % 500 == 499:
        print(list(s)[:15], len(s))
        print(list(s.copy())[:15], list(set(s))[:15], list(frozenset(s))[:15])
        print(list(s | t)[:12], list(s & set(range(0, 300, 2)))[:12], list(s - {1, 2, 3})[:12])
        print(list(s ^ set(range(100)))[:12], list(t)[:12])
u = set(s)
u.update(t)
u.difference_update(range(0, 300, 3))
u.intersection_update(s | t)
u.symmetric_difference_update(range(-50, 0))
print(list(u)[:30], len(u))
