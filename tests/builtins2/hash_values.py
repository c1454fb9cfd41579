def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
[print(repr(v), hash(v)) for v in ["", "a", "abc", "hello world", "é", "☃", "𝄞", "a" * 100, "The quick brown fox", 0, 1, -1, -2, 2**31, 2**62, -2**62, 0.5, -0.25, 1e100, 1e-100, 3.5, True, False, None is None, (), (1,), (1, 2), ("a", 1.5), ((1, 2), (3,)), (None,) == (None,), b"" if False else 0, range(3) == range(3)]]
d = {w: i for i, w in enumerate("the quick brown fox jumps over the lazy dog".split())}
t(lambda: d)
t(lambda: set("the quick brown fox".split()) == {"the", "quick", "brown", "fox"})
t(lambda: sorted(set("abcdefghij")) == list("abcdefghij"))
t(lambda: list({"apple", "banana", "cherry", "date", "elderberry", "fig"}))
t(lambda: list(set("mississippi")))
t(lambda: list({(1, 2), (3, 4), ("a", "b")}))
t(lambda: list({1.5, 2.5, -0.5, 100.25}))
