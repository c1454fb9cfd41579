class F(float):
    def half(self):
        return self / 2
f = F(3)
print(f, repr(f), f.half(), type(f).__name__, f + 1, type(f + 1).__name__, isinstance(f, float))
print(F(), F("2.5"), F(" -inf "), F(True), F(F(1.5)), float(F(7)), type(float(F(7))).__name__)
print(F(2.5) == 2.5, hash(F(2.5)) == hash(2.5), F(1) < 2, round(F(2.5)), int(F(3.9)), F(0.1) + F(0.2))
print("%.2f %s %r" % (F(1.234), F(1.5), F(0.5)), f"{F(2.0):>6.1f}", format(F(3.0), "e"))
f.extra = "attr"
print(f.extra, F.__name__, F.__mro__[1].__name__ if hasattr(F, "__mro__") else "float")
try:
    F("abc")
except ValueError as e:
    print(type(e).__name__, e)
print(sorted([F(3), 1, F(2)]), max(F(1), F(5)), sum([F(1), F(2)]))
