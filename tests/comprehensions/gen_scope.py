x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
def make(n):
    return (i * n for i in range(3))
print(list(make(5)))
gen = (c for c in "abc")
print(next(gen), list(gen), next(gen, "end"))
it = (i for i in range(5) if i % 2)
print(sum(it), sum(it))
nested = ((i, j) for i in range(2) for j in range(2))
print(list(nested))
print(list(i for i in [1, 2, 3][::-1]))
def outer():
    v = "captured"
    return list(v + str(i) for i in range(2))
print(outer())
try:
    list(1 / i for i in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(sorted((n % 3, n) for n in range(7)))
print(dict((k, v) for k, v in zip("ab", [1, 2])), "".join(str(i) for i in range(5)))
