def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
[print(f, repr(f % v)) for v in (0.0, -0.0, 0.5, 1.5, 2.5, -1234.5678, 1e-5, 123456789.0, 1e21, float("inf"), float("nan")) for f in ("%f", "%.0f", "%.3f", "%e", "%.0e", "%g", "%.0g", "%.10g", "%#g", "%#.0f", "%+.2f", "% .2e", "%12.3f", "%-12.3e|", "%012.2f", "%G", "%E", "%r", "%s")]
