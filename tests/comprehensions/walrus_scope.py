data = [1, 5, 3, 8, 2]
if any((big := x) > 4 for x in data):
    print("first big", big)
total = 0
partial = [total := total + x for x in data]
print(partial, total)
print([y for x in data if (y := x * 2) > 5], y)
def f():
    res = [last := c for c in "abc"]
    return res, last
print(f())
def g():
    return {k: (m := k * 2) for k in range(3)}, m
print(g())
while (n := len(data)) > 3:
    data.pop()
print(n, data)
print((z := 10) + z)
