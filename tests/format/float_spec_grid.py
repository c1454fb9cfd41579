def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
[print(repr(format(v, s))) for v in (0.0, 2.5, -2.5, 1234.5678, -0.000123, 1e22, 123456789.0, 0.1) for s in ("+,", "-_.3f", " 012,.1f", "<+12,.2f", ">#12.0f", "^#14.3e", "=10.2g", "*<+12.1%", "015_.4g", "#g", "#.3g", ".0%", ".1e", "z.2f", "e", "G")]
