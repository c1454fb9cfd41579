# locals() in a function is one dict per frame, updated from the fast locals at each call:
# keys put there (also by exec) stay, deleted locals go; f_locals is the same dict.
import sys
def f():
    locals()['z'] = 1
    return 'z' in locals()
print(f())
def g():
    exec('zz = 1')
    return locals().get('zz')
print(g())
def h(a, b=2):
    d = locals()
    c = 3
    print(sorted(d), d is locals(), sorted(d))
    del a
    print(sorted(locals()))
    fr = sys._getframe()
    print(fr.f_locals is locals(), sorted(fr.f_locals))
h(1)
def cl():
    x = 1
    def inner():
        return x
    y = 2
    print(sorted(locals()))
    del y
    print(sorted(locals()))
cl()
class K:
    a = 1
    print(sorted(locals()))
def gen():
    q = 1
    yield locals()
    r = 2
    yield locals()
it = gen()
l1 = next(it); print(sorted(l1))
l2 = next(it); print(sorted(l2), l1 is l2)
print(sorted(k for k in locals() if not k.startswith("__")))
