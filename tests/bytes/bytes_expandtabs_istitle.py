# bytes/bytearray expandtabs and istitle (ASCII rules, as CPython).
for b in (b"a\tb", b"\tx\ty", b"ab\ncd\tef", b"12345678\t9", b"a\r\tb", b"", b"\t\t"):
    print(b.expandtabs(), b.expandtabs(4), b.expandtabs(tabsize=1), b.expandtabs(0), b.expandtabs(-3))
    print(bytearray(b).expandtabs(3))
for b in (b"Hello World", b"Hello world", b"HELLO", b"", b"123", b"A1b", b"Hello  World!", b"\xc3\x89t\xc3\xa9", b"A", b"aB", b"Ab Cd-Ef"):
    print(b, b.istitle(), bytearray(b).istitle(), b.title().istitle())
for bad in (lambda: b"x".expandtabs("4"), lambda: b"x".expandtabs(4, 5), lambda: b"x".istitle(1), lambda: b"x".expandtabs(tabs=3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
