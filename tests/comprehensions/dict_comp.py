print({x: x ** 2 for x in range(6)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if k != "b"})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({c: "abcabc".count(c) for c in "abcabc"})
print({(i, j): i + j for i in range(2) for j in range(2)})
print({str(i): [j for j in range(i)] for i in range(4)})
print({i % 3: i for i in range(10)})
words = ["alpha", "beta", "gamma", "delta"]
print({w: len(w) for w in words if len(w) > 4}, {w[0]: w for w in words})
k = "outer"
print({k: 1 for k in range(2)}, k)
print(dict(sorted({x: -x for x in range(5)}.items(), key=lambda kv: kv[1])))
print({x: y for x, y in [(1, 2), (1, 3)]})
