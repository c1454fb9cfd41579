def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "abc".encode())
t(lambda: "héllo☃𝄞".encode())
t(lambda: "héllo".encode("utf-8"))
t(lambda: "héllo".encode("utf8"))
t(lambda: "abc".encode("ascii"))
t(lambda: "héllo".encode("ascii"))
t(lambda: "héllo".encode("latin-1"))
t(lambda: "héllo".encode("ascii", "ignore"))
t(lambda: "héllo".encode("ascii", "replace"))
t(lambda: "héllo☃𝄞".encode().decode())
t(lambda: len("héllo☃𝄞".encode()))
t(lambda: b"\xff".decode())
t(lambda: b"\xffab".decode("utf-8", "replace"))
t(lambda: "abc".encode("nope"))
