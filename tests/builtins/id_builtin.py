# id() compared, never printed.
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c))
print(type(id(a)), id(a) > 0)
x = y = 'shared'
print(id(x) == id(y))
n = 5
print(id(n) == id(5), id(None) == id(None), id(True) == id(1 == 1))
def f(obj):
    return id(obj)
print(f(a) == id(a))
l = [a, a]
print(id(l[0]) == id(l[1]))
d = {'k': c}
print(id(d['k']) == id(c), id(d.get('k')) == id(c))
s = 'text'
t = s
print(id(s) == id(t))
