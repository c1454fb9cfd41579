def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
[print(repr(s), repr(c), repr(s.strip(c)), repr(s.lstrip(c)), repr(s.rstrip(c))) for s in ("xxhixx", "  hi  ", "abcba", "éaé", "\n\thi\r\n", "", "aaaa") for c in (None, "x", "ab", "é", " \n", "", "hi")]
