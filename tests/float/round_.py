def t(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 1234.5678, -1234.5678, 1e20, 0.0, -0.0]:
    t(lambda: round(x))
    for n in [0, 1, 2, 3, -1, -2, -5]:
        t(lambda: round(x, n))
t(lambda: round(float('inf')))
t(lambda: round(float('nan')))
t(lambda: round(float('inf'), 2))
t(lambda: round(2.5, None))
t(lambda: round(15, -1))
t(lambda: round(25, -1))
t(lambda: round(7, 2))
t(lambda: round(1.0, 'a'))
t(lambda: round('a'))
