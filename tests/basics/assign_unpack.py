# Tuple and list unpacking, swaps.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = 'xyz'
print(x, y, z)
p, q = [10, 20]
print(p, q)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 6, 7
print(f, g)
h, = [8]
print(h)
t = 1, 2, 3
u, v, w = t
print(u, v, w)
a, b, c = c, a, b
print(a, b, c)
i, j = j, i = 5, 6
print(i, j)
for k, v in [(1, 'one'), (2, 'two')]:
    print(k, v)
lst = [0, 0]
lst[0], lst[1] = 'L', 'R'
print(lst)
d = {}
d['a'], d['b'] = 1, 2
print(d)
m, n = r = range(2)
print(m, n, r)
