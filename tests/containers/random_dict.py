seed = 5
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n
d = {}
for i in range(2000):
    k = rnd(64)
    op = rnd(4)
    if op == 0:
        d[k] = i
    elif op == 1:
        d.pop(k, None)
    elif op == 2:
        d.setdefault(str(k), i)
    else:
        if k in d:
            del d[k]
    if i % 97 == 0:
        print(len(d), list(d)[:12], sum(v for v in d.values()))
print(d)
print(sorted(d.items(), key=lambda kv: str(kv[0]))[:10])
e = {}
for i in range(1000):
    e[i * 7919 % 1009] = i
    if i % 3 == 0:
        del e[i * 7919 % 1009]
print(len(e), list(e)[:20], list(e.values())[-10:])
