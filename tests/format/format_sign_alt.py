def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
[print(repr(format(v, s + a + t))) for v in (0, 5, -5) for s in ("", "+", "-", " ") for a in ("", "#") for t in ("b", "o", "x", "X", "d", "e", "f", "g", "%")]
