# str find/rfind/count/in/replace/split/partition agree with CPython over random non-ASCII haystacks and needles (short-needle search path).
s = 0
def rnd(n):
    global s
    s = (s * 1103515245 + 12345) & 0x7fffffff
    return s % n
alpha = "ab\u00e9\u2603"
h = 0
for i in range(20000):
    hay = "".join(alpha[rnd(4)] for _ in range(rnd(30)))
    nd = "".join(alpha[rnd(4)] for _ in range(rnd(10)))
    r = (hay.find(nd), hay.rfind(nd), hay.count(nd), nd in hay, hay.replace(nd, "X"), tuple(hay.split(nd)) if nd else 0, hay.partition(nd) if nd else 0, hay.replace(nd, "", 2))
    h = hash((h, r))
print(h)
