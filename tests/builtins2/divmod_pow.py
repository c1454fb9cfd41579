def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
[print(a, b, divmod(a, b), a ** 2 if abs(a) < 100 else 0, pow(a, 2, b) if isinstance(a, int) and isinstance(b, int) and b else None) for a in (0, 7, -7, 100, 7.5, -0.5) for b in (1, 3, -3, 2.5, -2.5, 7)]
t(lambda: (pow(2, 10, 1000)))
t(lambda: (pow(7, -1, 13)))
t(lambda: (pow(4, -1, 8)))
t(lambda: (pow(2, 3, -5)))
t(lambda: (pow(-2, 3, 5)))
t(lambda: (pow(2.5, 2)))
t(lambda: (pow(4, 0.5)))
t(lambda: (pow(-8, 1 / 3) if False else 0))
t(lambda: (pow(0, 0, 1)))
t(lambda: (pow(10, 2, 1)))
t(lambda: (pow(3, 200, 7)))
t(lambda: (pow(2, 1000, 10**9 + 7)))
