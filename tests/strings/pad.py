def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["abc", "", "héllo", "☃"]:
    for w in [0, 3, 6, 7, 10]:
        print(repr(s.center(w)), repr(s.ljust(w)), repr(s.rjust(w)), repr(s.center(w, "*")), repr(s.ljust(w, "é")), repr(s.rjust(w, "-")), repr(s.zfill(w)))
for s in ["42", "-42", "+42", "", "-", "abc", "3.14", "-0"]:
    print(repr(s.zfill(6)), repr(s.zfill(1)))
t(lambda: "a".center(5, "ab"))
t(lambda: "a".center(5, ""))
t(lambda: "a".ljust("5"))
t(lambda: "a".center())
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), "x\ty".expandtabs(0), "ab\n\tc".expandtabs(3))
