def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
for v in ["abc", "", "héllo☃", "a long string here"]:
    for spec in ["", "s", "10", "<10", ">10", "^10", "*^9", ".2", "10.2", "-<6", "☃>7", ".0", "^1"]:
        t(v, spec)
t("a", "d")
t("a", "=5")
t("a", "+5")
t("a", "05")
t("a", ",")
t("a", "#")
t(None, "")
t(None, "5")
t([1], "")
t([1], "10")
print(format(3), format("x"), format(2.5), format([1, 2]), format(None))
