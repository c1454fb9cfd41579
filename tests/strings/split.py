def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["a b  c", "  lead and trail  ", "", "   ", "a,b,,c,", "one\ttwo\nthree\x0bfour", "no-sep"]:
    print(repr(s), s.split(), s.split(","), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(",", 1), s.rsplit(",", 1))
t(lambda: "abc".split(""))
t(lambda: "a-b-c-d".split("-", maxsplit=2))
t(lambda: "a-b-c-d".rsplit("-", maxsplit=2))
t(lambda: "a-b-c-d".split(sep="-"))
t(lambda: "a-b".split(1))
t(lambda: "aXXbXXc".split("XX"))
t(lambda: "héllo wörld".split("ö"))
for s in ["a\nb\r\nc\rd", "a\n\nb\n", "", "\n", "x\x0by\x0cz\x1cw\u2028v"]:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
