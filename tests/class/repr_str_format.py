# __repr__, __str__, __format__ overrides with print, f-strings, format(), containers.
class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __str__(self): return f"${self.cents / 100:.2f}"
    def __format__(self, spec):
        if spec == "c":
            return f"{self.cents}c"
        return format(str(self), spec)
m = Money(1234)
print(m, repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}", f"{m!r}", f"{m:c}", f"{m:>10}|", format(m, "c"), "%s %r" % (m, m))
class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class OnlyStr:
    def __str__(self): return "only str"
o = OnlyStr()
print(o, repr(o).startswith("<__main__.OnlyStr object at 0x"))
try:
    format(OnlyStr(), "x")
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class Sup(Money):
    def __str__(self): return "Sup:" + super().__str__()
print(Sup(5), repr(Sup(5)))
class P:
    pass
print(repr(P()).startswith("<__main__.P object at 0x"), str(P()) == repr(P()) or True)
print(repr(P).replace("0x", ""), str(P), P)
