a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {"k": 1}
d["self"] = d
print(d)
b = [a, d]
print(b)
t = (a,)
print(t)
x = [[1, [2, [3, [4]]]], {"a": (1, [2, {"b": 3}])}, (None, True, 1.5, "s")]
print(x)
l = []
l.append(l); l.append(l)
print(l)
d2 = {}
d2[1] = [d2]
print(d2, d2.keys(), d2.values(), d2.items())
print([1, 2] == [1, 2], a == a)
print(["é", "'", '"', "\n"], ("x",), {"é": "ü"})
