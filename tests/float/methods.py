def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for x in [1.0, 1.5, -2.0, 0.0, 1e300, 0.1, -0.75]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.real, x.imag, x.conjugate())
t(lambda: float('inf').as_integer_ratio())
t(lambda: float('nan').as_integer_ratio())
t(lambda: float('inf').is_integer())
print(int(2.9), int(-2.9), int(1e18), int(-0.0))
t(lambda: int(float('inf')))
t(lambda: int(float('nan')))
print(float.__name__, type(1.0), isinstance(1.0, float))
print((2.5).__trunc__() if hasattr(2.5, '__trunc__') else 'x')
