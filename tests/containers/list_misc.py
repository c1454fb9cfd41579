a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
c = a + [5]
print(a, c)
m = [[0] * 3 for _ in range(3)]
m[0][0] = 1
print(m)
n = [[0] * 3] * 3
n[0][0] = 1
print(n)
print(list(reversed([1, 2, 3])), [x for x in reversed(a)], list(enumerate("ab", 1)))
s = [5, 3, 1]
for i, v in enumerate(s):
    s[i] = v * 2
print(s, sum(s), min(s), max(s), sorted(s))
st = []
st.append(1); st.append(2); print(st.pop(), st)
print([i for i in range(3)] + list(range(3, 5)), [*range(3), *"ab"], [*a, *a])
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
p, *q, r = (1, 2)
print(first, rest, init, last, p, q, r)
(a1, b1), c1 = (1, 2), 3
print(a1, b1, c1)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print(e)
try:
    x, *y, z = [1]
except ValueError as e:
    print(e)
try:
    x, y = 5
except TypeError as e:
    print(e)
