def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = [1]; a.append(a)
t(lambda: (a))
t(lambda: (str(a)))
t(lambda: (len(repr(a))))
b = {}; b["me"] = b; b["list"] = [b]
t(lambda: (b))
c = [a, b]
t(lambda: (c))
tt = ([],); tt[0].append(tt)
t(lambda: (tt))
d = {}; d[1] = d.keys() if False else 0; e = [d, d]
t(lambda: (e))
t(lambda: (a == a))
t(lambda: (a[1][1][1][0]))
