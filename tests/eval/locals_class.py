# eval/exec in class bodies and functions use that scope
class C:
    a = 1
    b = eval('a + 1')
    exec('c = a + b')
print(C.b, C.c)
def f():
    loc = 10
    exec('loc2 = loc + 1')
    return eval('loc * 2')
print(f())
def g():
    d = {}
    exec('r = 5', globals(), d)
    return d['r']
print(g())
