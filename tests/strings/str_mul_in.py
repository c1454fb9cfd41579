def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ("ab" * 0, "ab" * 1, "ab" * 3))
t(lambda: ("é☃" * 2))
t(lambda: (-1 * "x"))
t(lambda: (True * "x"))
t(lambda: ("x" * False))
t(lambda: ("" * 100))
t(lambda: ("a" in "abc", "" in "", "abc" in "ab"))
t(lambda: ("☃" in "a☃b", "é" in "e"))
t(lambda: ("ab" in "xaby"))
t(lambda: ("x".__mul__(-3)))
t(lambda: (["a", "b"] * 2 == ["a", "b", "a", "b"]))
t(lambda: (("x" * 1000).count("xx")))
t(lambda: (len("ab" * 500)))
t(lambda: (("ab" * 3)[::2]))
