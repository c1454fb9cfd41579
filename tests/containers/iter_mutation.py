def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = {1: 1, 2: 2}
def f():
    for k in d:
        del d[k]
t(lambda: f())
t(lambda: d)
d2 = {1: 1, 2: 2}
def g():
    for k in d2:
        d2[k] = 0
t(lambda: g())
t(lambda: d2)
d3 = {"a": 1}
def h():
    for k in d3.keys():
        d3["b" + k] = 1
t(lambda: h())
d4 = {"a": 1, "b": 2}
def k():
    it = iter(d4)
    next(it)
    d4.pop("a"); d4["c"] = 3
    return list(it)
t(lambda: k())
lst = [1, 2, 3]
def m():
    out = []
    for x in lst:
        out.append(x)
        if len(lst) < 6: lst.append(x * 10)
    return out
t(lambda: m())
lst2 = [1, 2, 3, 4]
def n():
    for x in lst2:
        lst2.remove(x)
    return lst2
t(lambda: n())
s = {1, 2}
def o():
    for x in s:
        s.add(x + 10)
t(lambda: o())
it = iter([1, 2])
t(lambda: list(it) + list(it))
ri = reversed([1, 2, 3])
t(lambda: list(ri))
