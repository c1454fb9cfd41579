def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
[print(repr(format(v, f + a + w))) for v in (7, -7, 2.5, "s") for f in ("", "*", "0", "é", "{") for a in ("<", ">", "^", "=") for w in ("1", "6") if not (isinstance(v, str) and a == "=")]
