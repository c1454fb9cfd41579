def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "".join(["a", "b"]))
t(lambda: " ".join(("x", "y", "z")))
t(lambda: "-".join({"k1": 1, "k2": 2}))
t(lambda: "".join(c * 2 for c in "abc"))
t(lambda: ", ".join(map(str, [1, 2.5, None, True])))
t(lambda: "é".join("abc"))
t(lambda: "".join([]))
t(lambda: "x".join(["only"]))
t(lambda: "".join(["a", None]))
t(lambda: "".join([b"x"]))
t(lambda: " ".join([["a"]]))
t(lambda: "".join(iter(["p", "q"])))
t(lambda: "\n".join(["line1", "line2"]).splitlines())
t(lambda: "ab".join("cd").join("ef"))
