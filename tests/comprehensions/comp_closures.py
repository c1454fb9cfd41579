def f(n):
    return [lambda: i * n for i in range(3)]
print([g() for g in f(10)])
def g(n):
    return [(lambda i=i: i * n) for i in range(3)]
print([h() for h in g(10)])
def h():
    x = 5
    return [x + y for y in range(3)], {y: x for y in "ab"}, sorted({x * y for y in range(3)})
print(h())
def scoped():
    i = "unchanged"
    _ = [i for i in range(3)]
    return i
print(scoped())
def uses_arg(lst, k):
    return [v * k for v in lst if v > k]
print(uses_arg([1, 5, 10], 3))
def nested_comp(n):
    return [[i * j for j in range(n)] for i in range(n)]
print(nested_comp(4))
table = {r: {c: r * c for c in range(1, 4)} for r in range(1, 4)}
print(table, table[2][3])
