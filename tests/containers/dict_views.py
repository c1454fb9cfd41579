def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(len(k), len(v), len(i), "a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i, list(k), list(v), list(i))
d["d"] = 4
print(list(k), list(v), list(i), list(reversed(k)), list(reversed(i)))
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(i & {("a", 1)}), k == {"a", "b", "c", "d"}, k == ["a"], k.isdisjoint({"x"}))
t(lambda: k[0])
print(d.keys() == d.keys(), d.values() == d.values())
it = iter(d)
print(next(it))
def f():
    for key in d:
        d["new" + key] = 1
t(f)
print(len(d))
