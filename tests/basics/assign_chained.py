# Chained assignment binds every name to the same object.
x = y = 0
print(x, y, x is y)
a = b = c = 'abc'
print(a, b, c, a is b, b is c)
p = q = [1, 2]
q.append(3)
print(p, q, p is q)
x += 1
print(x, y)
i = j = 1000
print(i is j)
d = e = {}
d['k'] = 'v'
print(e)
m, n = o = 1, 2
print(m, n, o)
