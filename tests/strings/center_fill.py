def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
[print(repr(s.center(w, f)), repr(s.ljust(w, f)), repr(s.rjust(w, f)), repr(s.zfill(w))) for s in ("", "a", "ab", "abc", "-1", "+x", "é☃") for w in (-1, 0, 1, 2, 5, 6) for f in (" ", "*", "☃")]
