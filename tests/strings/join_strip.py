def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ",".join(["a", "b", "c"]))
t(lambda: "".join([]))
t(lambda: "-".join("xyz"))
t(lambda: ", ".join(str(i) for i in range(5)))
t(lambda: ",".join(["a", 1]))
t(lambda: ",".join(5))
t(lambda: "☃".join(["é", "ö"]))
for s in ["  hi  ", "\t\nhi\n", "xxhixx", "", "hi", "  ", "\u3000hi\u3000"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.strip("xh ")), repr(s.lstrip("x")), repr(s.rstrip("ix")))
t(lambda: "abc".strip(None))
t(lambda: "abc".strip(1))
print("www.example.com".strip("cmowz."), "prefix-text".removeprefix("prefix-"), "text.py".removesuffix(".py"), "a".removeprefix("b"))
