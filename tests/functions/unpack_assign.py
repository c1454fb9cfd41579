a, b = 1, 2
a, b = b, a
print(a, b)
x, (y, z) = 1, [2, 3]
print(x, y, z)
[p, q], r = "ab", "c"
print(p, q, r)
first, *middle, last = range(6)
print(first, middle, last)
*init, = "xyz"
print(init)
head, *tail = [1]
print(head, tail)
a, *b, c, d = "abcdefg"
print(a, b, c, d)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
m = n = o = []
m.append(1)
print(n, o is m)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
d = {}
d["a"], d["b"] = 1, 2
print(d)
s = [1, 2, 3, 4]
s[0], s[-1] = s[-1], s[0]
print(s)
t = (1, 2, 3)
(u, v, w) = t
print(u + v + w)
def errs():
    for src in ([1, 2, 3], [1], "ab", 5, None, {"k": 1, "j": 2}):
        try:
            a, b = src
            print("ok", a, b)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
errs()
try:
    a, *b, c, d = [1, 2]
except ValueError as e:
    print(e)
