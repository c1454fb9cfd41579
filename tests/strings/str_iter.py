def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: (list("héllo")))
t(lambda: ([c for c in "a☃𝄞"]))
t(lambda: (list(reversed("abc☃"))))
t(lambda: (list(enumerate("xy"))))
t(lambda: (next(iter("z"))))
t(lambda: (list(iter(""))))
t(lambda: ("".join(c for c in "abc" if c != "b")))
t(lambda: (sorted("bca☃é")))
t(lambda: (max("abc☃"), min("abc☃")))
t(lambda: (set("aab") == {"a", "b"}))
t(lambda: (dict.fromkeys("aba")))
t(lambda: (list(map(ord, "AZaz"))))
t(lambda: (tuple("x☃")))
t(lambda: ([ord(c) for c in "\x00\x7f\x80\uffff"]))
