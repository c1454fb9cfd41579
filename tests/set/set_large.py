s = set()
for i in range(20000):
    s.add(i * 7919 % 100003)
print(len(s), sum(s))
t = set(range(0, 40000, 2))
print(len(s & t), len(s | t), len(s - t), len(s ^ t))
l = list(set(range(60000)))
print(l[:10], l[-5:])
for i in range(0, 60000, 2):
    pass
u = set(range(100))
u -= set(range(0, 100, 2))
print(list(u)[:10])
print(list(set([i * 1024 for i in range(40)]))[:12])
