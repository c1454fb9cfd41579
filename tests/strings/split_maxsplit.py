def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
[print(repr(s), n, s.split(None, n), s.rsplit(None, n), s.split(",", n), s.rsplit(",", n), s.split(", ", n)) for s in ("a, b, c, d", " x  y ", ",,", "", "one", "a,b , c") for n in (-1, 0, 1, 2, 5)]
