def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
a = list(range(10))
print(a[2:5], a[::2], a[::-1], a[-3:], a[:-3], a[1:8:3], a[8:1:-2], a[100:], a[-100:2], a[5:2])
b = a[:]
b[2:5] = ["x"]; print(b)
b = a[:]
b[2:2] = [10, 11, 12]; print(b)
b = a[:]
b[::2] = "abcde"; print(b)
b = a[:]
b[::-3] = [0, 0, 0, 0]; print(b)
b = a[:]
def f(): b[::2] = [1, 2]
t(f)
b = a[:]
b[1:3] = range(5); print(b)
b[:] = []; print(b)
b = a[:]
del b[::3]; print(b)
del b[1:3]; print(b)
del b[-1]; print(b)
del b[::-2]; print(b)
del b[100:]; print(b)
b = a[:]
b[5:] = b; print(b)
def g(): b[1] = b[100]
t(g)
def h(): b[0:2] = 5
t(h)
def k(): del b[50]
t(k)
b = a[:]
b[-2:] = "xyz"; print(b)
b[3:1] = ["q"]; print(b)
b = [1, 2, 3]
b[len(b):] = [4]; print(b)
print(a[slice(1, 4)], a[slice(None, None, -4)])
def m(): a[::0]
t(m)
def n(): a["x"]
t(n)
def o(): a[1.0]
t(o)
