add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda *xs: sum(xs))(1, 2, 3), (lambda **kw: sorted(kw))(z=1, a=2))
print(sorted(["aaa", "b", "cc"], key=lambda s: -len(s)))
print(list(map(lambda x, y: x ** y, [2, 3], [3, 2])), list(filter(lambda c: c.isupper(), "aBcDe")))
fns = [lambda: "a", lambda: "b"]
print([f() for f in fns])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("x")("y")("z"))
print((lambda: (yield_ := 5))(), (lambda x: x if x else "falsy")(0))
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(10))
print((lambda a, *, b: a * b)(3, b=4))
key = lambda p: (p[1], p[0])
print(sorted([(1, "b"), (2, "a"), (0, "b")], key=key))
print(max(["x", "yy"], key=lambda s: len(s)), min([3, -4], key=lambda v: abs(v)))
d = {"f": lambda x: x * 2}
print(d["f"](21))
