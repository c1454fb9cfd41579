x = "global"
r = [x for x in range(3)]
print(r, x)
d = {x: x * 2 for x in "ab"}
print(d, x)
s = {x % 3 for x in range(10)}
print(sorted(s), x)
g = list(x * 10 for x in range(3))
print(g, x)
def f():
    y = 5
    return [y + i for i in range(3)], {i: y for i in range(2)}
print(f())
print([(i, j) for i in range(3) for j in range(i)])
print([i for i in range(20) if i % 2 if i % 3])
print([[j for j in range(i)] for i in range(4)])
print({k: v for k, v in zip("abc", range(3)) if v})
print([a + b for a, b in [(1, 2), (3, 4)]])
print([*[i for i in range(2)], *(j for j in range(2))])
class_free = [lambda: i for i in range(3)]
print([fn() for fn in class_free])
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print(e)
n = 3
print([n * i for i in range(n)], sum(i for i in range(n)), any(i > 1 for i in range(n)), all(i >= 0 for i in range(n)))
print(max((len(w), w) for w in "a bb ccc".split()), min(w for w in ["q", "p"]))
print(dict((i, str(i)) for i in range(3)), tuple(i for i in "ab"), set(i for i in [1, 1]))
print([i for i in []], {i: i for i in ()}, [(lambda v: v * 2)(i) for i in range(3)])
print([x for x in range(5)][::-1], [c.upper() for c in "hi" if c != "i"])
