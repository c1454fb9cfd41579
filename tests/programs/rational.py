# Rational arithmetic with operator overloading, hashing, ordering and sorting.
import math


class Rational:
    __slots__ = ("num", "den")

    def __init__(self, num=0, den=1):
        if isinstance(num, Rational) and den == 1:
            num, den = num.num, num.den
        if not isinstance(num, int) or not isinstance(den, int):
            raise TypeError(f"Rational needs ints, got {type(num).__name__} and {type(den).__name__}")
        if den == 0:
            raise ZeroDivisionError(f"Rational({num}, 0)")
        g = math.gcd(num, den)
        if den < 0:
            g = -g
        self.num = num // g
        self.den = den // g

    @classmethod
    def from_str(cls, text):
        text = text.strip()
        if "/" in text:
            a, _, b = text.partition("/")
            return cls(int(a), int(b))
        if "." in text:
            whole, frac = text.split(".")
            sign = -1 if whole.startswith("-") else 1
            scale = 10 ** len(frac)
            return cls(int(whole) * scale + sign * int(frac), scale)
        return cls(int(text))

    @staticmethod
    def _coerce(other):
        if isinstance(other, Rational):
            return other
        if isinstance(other, int):
            return Rational(other)
        return NotImplemented

    def __repr__(self):
        return f"Rational({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __format__(self, spec):
        if spec.endswith("f"):
            return format(self.num / self.den, spec)
        return format(str(self), spec)

    def __add__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        return o - self

    def __mul__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, other):
        return self._coerce(other) / self

    def __pow__(self, exp):
        if not isinstance(exp, int):
            return NotImplemented
        if exp >= 0:
            return Rational(self.num ** exp, self.den ** exp)
        return Rational(self.den ** -exp, self.num ** -exp)

    def __neg__(self):
        return Rational(-self.num, self.den)

    def __pos__(self):
        return self

    def __abs__(self):
        return Rational(abs(self.num), self.den)

    def __bool__(self):
        return self.num != 0

    def __int__(self):
        return int(self.num / self.den) if abs(self.num) < 2**52 else self.num // self.den

    def __float__(self):
        return self.num / self.den

    def __floor__(self):
        return self.num // self.den

    def __ceil__(self):
        return -(-self.num // self.den)

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self.num, self.den)
            if 2 * r > self.den or (2 * r == self.den and q % 2 == 1):
                q += 1
            return q
        scale = 10 ** ndigits
        return Rational(round(self * scale), scale)

    def __eq__(self, other):
        if isinstance(other, float):
            return float(self) == other
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        return self.num == o.num and self.den == o.den

    def __hash__(self):
        if self.den == 1:
            return hash(self.num)
        return hash((self.num, self.den))

    def __lt__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        return self.num * o.den < o.num * self.den

    def __le__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        return self.num * o.den <= o.num * self.den

    def __gt__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        return self.num * o.den > o.num * self.den

    def __ge__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        return self.num * o.den >= o.num * self.den


R = Rational
a, b = R(1, 3), R(-2, 4)
print(a, b, repr(b), a + b, a - b, a * b, a / b, -a, +b, abs(b))
print(a + 1, 1 + a, 2 - a, 3 * b, 1 / a, a ** 3, b ** -2, R(0) ** 0)
print(a == R(2, 6), a == 1 / 3, R(4, 2) == 2, a != b, a < b, b < a, a >= R(1, 3))
print(bool(R(0, 5)), bool(a), int(R(7, 2)), int(R(-7, 2)), float(R(1, 8)))
print(math.floor(R(-7, 2)), math.ceil(R(-7, 2)), math.floor(R(7, 2)), math.ceil(R(7, 2)))
print([round(R(n, 2)) for n in range(-5, 6)])
print(round(R(22, 7), 3), round(R(1, 3), 0))
print(f"{a:>8}|{b:<8}|{R(22, 7):.5f}|{R(1, 2):^7}|")
print(hash(R(6, 3)) == hash(2), len({R(1, 2), R(2, 4), R(3, 6), R(1, 3)}))
print(R.from_str("3/12"), R.from_str("-1.25"), R.from_str(" 42 "), R.from_str("0.125"))

harmonic = sum((R(1, k) for k in range(1, 21)), R(0))
print("H20 =", harmonic, f"~ {harmonic:.10f}")

# Egyptian fraction decomposition (greedy).
def egyptian(r):
    parts = []
    while r.num:
        d = -(-r.den // r.num)
        parts.append(R(1, d))
        r = r - R(1, d)
    return parts

for r in (R(4, 13), R(5, 121), R(7, 15)):
    print(r, "=", " + ".join(map(str, egyptian(r))))

values = [R(3, 4), R(-1, 2), R(5, 6), R(2, 3), R(1, 1), R(-3, 4), R(6, 8), R(0)]
print(sorted(values))
print(sorted(values, key=abs))
print(sorted(values, reverse=True, key=lambda r: (r.den, r.num)))
print(max(values), min(values), sorted(set(values)))

# Continued fractions and convergents of sqrt(2).
def convergents(terms):
    h0, h1, k0, k1 = 0, 1, 1, 0
    for t in terms:
        h0, h1 = h1, t * h1 + h0
        k0, k1 = k1, t * k1 + k0
        yield R(h1, k1)

sqrt2 = list(convergents([1] + [2] * 12))
print(*sqrt2[-4:], sep=", ")
print([f"{float(c * c - 2):.2e}" for c in sqrt2[::3]])

for bad in [lambda: R(1, 0), lambda: R(1.5, 2), lambda: a + "x", lambda: a < "x", lambda: a / R(0)]:
    try:
        bad()
    except (TypeError, ZeroDivisionError) as exc:
        print(type(exc).__name__, "-", exc)

# Solve a 3x3 system exactly with Gaussian elimination.
A = [[R(2), R(1), R(-1), R(8)], [R(-3), R(-1), R(2), R(-11)], [R(-2), R(1), R(2), R(-3)]]
n = 3
for col in range(n):
    piv = next(r for r in range(col, n) if A[r][col])
    A[col], A[piv] = A[piv], A[col]
    for r in range(n):
        if r != col and A[r][col]:
            f = A[r][col] / A[col][col]
            A[r] = [x - f * y for x, y in zip(A[r], A[col])]
sol = [A[i][n] / A[i][i] for i in range(n)]
print("solution:", sol, [str(s) for s in sol])
