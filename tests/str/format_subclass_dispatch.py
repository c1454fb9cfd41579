# format() and f-strings of subclasses of int/float/str/bool: __str__/__repr__/__format__ dispatch.
class MyInt(int):
    def __str__(self): return "MyInt!"
    def __repr__(self): return "MyInt(%d)" % int(self)
class MyFloat(float):
    pass
class MyStr(str):
    def __str__(self): return "custom"
i, f, s = MyInt(5), MyFloat(2.5), MyStr("abc")
print(i, repr(i), f"{i}", f"{i:d}", f"{i!r}", format(i), format(i, ""), "%s %d %r" % (i, i, i), str(i), "{}".format(i))
print(type(i + 1), type(-i), type(abs(i)), type(i * 1), type(+i), i == 5, hash(i) == hash(5), type(int(i)))
print(f, repr(f), type(f + 1), f"{f:.3f}", f.is_integer(), type(round(f)), round(f), type(f.__round__(1)))
print(s, repr(s), f"{s}", format(s), "%s" % s, s + "x", type(s + "x"), type(s.upper()), type(s[0:2]), "{}".format(s), str(s), [s])
print(True + True, True * 3, -True, ~True, True / 2, True // 2, f"{True:d}", f"{True}", f"{True:>5}", format(False, "x"), int(True))
class E(Exception):
    def __str__(self): return "E-str"
print(f"{E()}", str(E()), repr(E("a")), "%s" % E())
class Fmt:
    def __format__(self, spec): return f"<{spec}>"
print(f"{Fmt():abc}", format(Fmt(), "x"), "{:q}".format(Fmt()), f"{Fmt()!s:>3}"[:12])
print(sorted([MyInt(3), 1, MyFloat(2.0)]), max(MyStr("b"), "a"), MyInt(3) in {3}, {MyInt(3): 1}[3])
print(int.__repr__(i), int.__str__(i), float.__repr__(f), str.__str__(s), object.__repr__(i)[:14])
import math
print(math.floor(f), math.isqrt(i), divmod(i, 2), pow(i, 2, 3), i.bit_length(), i.to_bytes(1, 'big'), (7).__index__(), f.hex())
print(bool.__name__, repr(bool(i)), [1, 2, 3][MyInt(1)], "abc"[MyInt(2)], range(10)[MyInt(3):], hex(i), bin(i), oct(i))
