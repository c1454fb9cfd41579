seed = 99
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n
for i in range(200):
    a = [rnd(10) for _ in range(rnd(12))]
    i1, i2, st = rnd(16) - 8, rnd(16) - 8, rnd(7) - 3 or 1
    b = a[:]
    op = rnd(6)
    try:
        if op == 0:
            b[i1:i2] = [99] * rnd(4)
        elif op == 1:
            n = len(b[i1:i2:st])
            b[i1:i2:st] = range(n)
        elif op == 2:
            del b[i1:i2:st]
        elif op == 3:
            b.insert(i1, -1); b.pop(i2 if b else 0)
        elif op == 4:
            b.sort(key=lambda x: x % 3, reverse=bool(rnd(2)))
        else:
            b.remove(rnd(10))
    except Exception as e:
        print(type(e).__name__, e)
    print(a, op, i1, i2, st, b, a[i1:i2:st], sorted(a) == sorted(a[:]), a.count(3), a.index(a[0]) if a else None)
