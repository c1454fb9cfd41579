def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
[print(v, n, repr(round(v, n))) for v in (0, 5, 15, 25, -25, 1234, -1234, 999, 1.25, 1.35, -1.25, 2.675, 0.045, 1e16, 123.456) for n in (None, 0, 1, 2, -1, -2, -3)]
