def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
[print(repr(format(v, "." + str(p) + t))) for v in (0.0, 1/3, 2/3, 1234.5, 0.00012345, 1e100, -9.999) for p in (0, 1, 2, 5, 10, 17, 20) for t in ("e", "f", "g", "%", "")]
