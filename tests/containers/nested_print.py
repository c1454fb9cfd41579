def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ([[1, [2, [3]]], (4, (5,)), {"k": [6, {"n": (7,)}]}]))
t(lambda: ([1.0, -0.0, 1e16, 1e-5, float("inf"), float("nan")]))
t(lambda: ([None, True, False, "", "''", '"', "\\"]))
t(lambda: ({"é": ["ü", ("ñ",)]}))
t(lambda: ([[], [[]], [[], []], ((),), ({},)]))
t(lambda: (str([1, "a"]) == repr([1, "a"])))
t(lambda: (str(("a",)), str(["a"]), str({"a": "b"})))
t(lambda: ([range(3), slice(1, 2), len, int, None.__class__]))
