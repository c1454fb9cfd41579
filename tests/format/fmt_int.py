def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
for v in [0, 42, -42, 1234567, -1234567, 255]:
    for spec in ["", "d", "5", "<5", ">5", "^5", "=8", "*^9", "0>6", "+", "-", " ", "+d", " 5", "08", "+08", "08,", ",", "_", "_x", "_b", ",d", "b", "#b", "o", "#o", "x", "#x", "X", "#X", "#010x", "c", "n", "e", ".2f", "%", "g", "10.3e", "-^12,", "0=+10"]:
        t(v, spec)
t(5, "s")
t(5, ".2")
t(5, ",x")
t(True, "d")
t(True, "")
t(-1, "c")
t(5, "z")
t(5, "==5")
t(65, "^5c")
t(5, "+c")
