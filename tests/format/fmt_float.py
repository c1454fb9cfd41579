def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
for v in [0.0, -0.0, 3.14159, -2.5, 1234567.891, 1e-7, 1e20, 0.5, 100.0, float('inf'), float('-inf'), float('nan')]:
    for spec in ["", "f", ".0f", ".2f", "10.2f", "<10.2f", "^10.1f", "=+10.1f", "010.2f", "+.3f", " .1f", ",.2f", "_.1f", "e", ".2e", "E", "g", ".3g", "G", "#g", "#.0f", "%", ".1%", "n", ".10g", "12", ".3", "*>12.4", ",", ".0e", "#.0e", "015,.2f", ".17g", "r" if False else "g"]:
        t(v, spec)
t(1.5, "d")
t(1.5, "x")
t(1.5, "c")
t(1.5, ",n")
