def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
[print(repr(format(v, s))) for v in ("", "a", "héllo", "€€€", "longer text") for s in ("", "<8", ">8", "^8", "_^9", "€<6", ".3", "8.2", "^1", "*>0", ".0", ">2.1")]
