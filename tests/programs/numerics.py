# Numerical methods: statistics, root finding, integration, ODEs, series, and float printing.
import math


def mean(xs):
    return math.fsum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


def variance(xs, sample=True):
    m = mean(xs)
    return math.fsum((x - m) ** 2 for x in xs) / (len(xs) - (1 if sample else 0))


def quantiles(xs, n=4):
    s = sorted(xs)
    m = len(s)
    out = []
    for i in range(1, n):
        j = i * (m + 1) // n
        delta = i * (m + 1) - j * n
        j = min(max(j, 1), m - 1)
        out.append((s[j - 1] * (n - delta) + s[j] * delta) / n)
    return out


class LCG:
    def __init__(self, seed):
        self.s = seed

    def random(self):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return (self.s >> 11) / 2 ** 53

    def gauss(self, mu=0.0, sigma=1.0):
        u1, u2 = self.random(), self.random()
        return mu + sigma * math.sqrt(-2.0 * math.log(1.0 - u1)) * math.cos(2 * math.pi * u2)


rng = LCG(42)
data = [round(rng.gauss(50, 12), 3) for _ in range(500)]
print("first:", data[:6])
print(f"mean={mean(data):.6f} median={median(data)} var={variance(data):.6f} sd={math.sqrt(variance(data)):.6f}")
print("quartiles:", quantiles(data), "min/max:", min(data), max(data))
hist = {}
for x in data:
    b = int(x // 10) * 10
    hist[b] = hist.get(b, 0) + 1
for b in sorted(hist):
    print(f"{b:>4}-{b + 9:<4}|{'*' * (hist[b] // 4)} {hist[b]}")


def newton(f, df, x0, tol=1e-15, maxiter=50):
    x = x0
    for i in range(maxiter):
        fx = f(x)
        step = fx / df(x)
        x -= step
        if abs(step) < tol * max(1.0, abs(x)):
            return x, i + 1
    raise ArithmeticError(f"no convergence from {x0}")


def bisect(f, lo, hi, tol=1e-12):
    flo = f(lo)
    n = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        fm = f(mid)
        if (fm < 0) == (flo < 0):
            lo, flo = mid, fm
        else:
            hi = mid
        n += 1
    return (lo + hi) / 2, n


print(newton(lambda x: x * x - 2, lambda x: 2 * x, 1.0), math.sqrt(2))
print(newton(lambda x: math.cos(x) - x, lambda x: -math.sin(x) - 1, 1.0))
print(bisect(lambda x: x ** 3 - x - 2, 1, 2))
try:
    newton(lambda x: x * x + 1, lambda x: 2 * x, 0.5, maxiter=20)
except ArithmeticError as e:
    print("ArithmeticError:", e)


def simpson(f, a, b, n=100):
    h = (b - a) / n
    s = f(a) + f(b)
    s += 4 * math.fsum(f(a + i * h) for i in range(1, n, 2))
    s += 2 * math.fsum(f(a + i * h) for i in range(2, n, 2))
    return s * h / 3


def trapezoid(f, a, b, n=100):
    h = (b - a) / n
    return h * (math.fsum(f(a + i * h) for i in range(1, n)) + (f(a) + f(b)) / 2)


for name, f, a, b, exact in [("sin", math.sin, 0, math.pi, 2.0), ("exp", math.exp, 0, 1, math.e - 1),
                             ("1/x", lambda x: 1 / x, 1, math.e, 1.0), ("gauss", lambda x: math.exp(-x * x), -5, 5, math.sqrt(math.pi))]:
    s, t = simpson(f, a, b), trapezoid(f, a, b)
    print(f"{name:>5}: simpson={s:.12f} err={abs(s - exact):.2e}  trapezoid={t:.12f} err={abs(t - exact):.2e}")


def rk4(f, y0, t0, t1, steps):
    h = (t1 - t0) / steps
    t, y = t0, list(y0)
    for _ in range(steps):
        k1 = f(t, y)
        k2 = f(t + h / 2, [yi + h / 2 * ki for yi, ki in zip(y, k1)])
        k3 = f(t + h / 2, [yi + h / 2 * ki for yi, ki in zip(y, k2)])
        k4 = f(t + h, [yi + h * ki for yi, ki in zip(y, k3)])
        y = [yi + h / 6 * (a + 2 * b + 2 * c + d) for yi, a, b, c, d in zip(y, k1, k2, k3, k4)]
        t += h
    return y


osc = rk4(lambda t, y: [y[1], -y[0]], [1.0, 0.0], 0.0, 2 * math.pi, 200)
print("oscillator after one period:", [f"{v:.10f}" for v in osc])
decay = rk4(lambda t, y: [-0.5 * y[0]], [10.0], 0, 4, 40)
print("decay:", decay, 10 * math.exp(-2))

print("pi (Leibniz, 10^5 terms):", 4 * math.fsum((-1) ** k / (2 * k + 1) for k in range(100000)))
print("zeta(2):", math.fsum(1 / k ** 2 for k in range(1, 20001)), math.pi ** 2 / 6)
print("e (series):", math.fsum(1 / math.factorial(k) for k in range(20)), math.e)


def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]


primes = sieve(10000)
print(len(primes), primes[-5:], sum(primes) % 1000003)
gaps = [b - a for a, b in zip(primes, primes[1:])]
print("max gap:", max(gaps), "at", primes[gaps.index(max(gaps))], "twin primes:", gaps.count(2))

vals = [0.1, 0.2, 0.30000000000000004, 1 / 3, 2 / 3, 1e16, 1e-7, 123456789.123456789, 2.5e-310,
        1.7976931348623157e308, 5e-324, -0.0, 100.0, 1e22, 1e23, 9007199254740993.0, 0.1 + 0.7]
for v in vals:
    print(repr(v), str(v), f"{v:.3g}", f"{v:e}", f"{v:.17g}", v.is_integer(), v.hex() if v == v else "")
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1.5, 2, 4]), math.dist((0, 0), (3, 4)), math.hypot(3, 4, 12))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0, abs_tol=1e-9), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3)
print(math.log(2 ** 1000), math.log10(10 ** 50), math.log2(2 ** 70 + 1), math.log(8, 2), math.exp(709), math.expm1(1e-10))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(-2.5), round(2.675, 2), round(1e15 + 0.5), round(-0.5))
print(math.gcd(12, 18, 24), math.lcm(4, 6, 10), math.comb(52, 5), math.perm(10), math.factorial(20))
print(math.degrees(math.pi / 3), math.radians(180), math.atan2(-1, -1), math.asin(1), math.acos(-1), math.tanh(0.5))
print(math.frexp(10.0), math.ldexp(0.625, 4), math.modf(-3.75), math.nextafter(1.0, 2.0), math.ulp(1.0), math.inf > 1e308)
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // -2, -7.5 % 2, 2 ** -1, (-8) ** (1 / 3) if False else abs(-8) ** (1 / 3))
print(float("1_000.5"), float(" -inf "), float("nan") != float("nan"), int(3.99), int(-3.99), int(1e20), float(10 ** 20))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000), lambda: 1 / 0.0, lambda: float("abc"),
            lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: int(float("inf")), lambda: int(float("nan")),
            lambda: 10.0 ** 400, lambda: math.comb(5, -1), lambda: divmod(1.0, 0)):
    try:
        print(bad())
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
