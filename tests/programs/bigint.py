# Big-integer work: toy RSA, modular arithmetic, Fibonacci by doubling, digits of e and pi.
import math


def egcd(a, b):
    x0, x1, y0, y1 = 1, 0, 0, 1
    while b:
        q, a, b = a // b, b, a % b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return x % m


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def next_prime(n):
    n |= 1
    while not is_probable_prime(n):
        n += 2
    return n


class LCG:
    def __init__(self, seed):
        self.state = seed

    def bits(self, k):
        out = 0
        for _ in range(0, k, 31):
            self.state = (1103515245 * self.state + 12345) & 0x7FFFFFFF
            out = (out << 31) | self.state
        return out >> (out.bit_length() - k) if out.bit_length() > k else out


rng = LCG(2024)
p = next_prime(rng.bits(256) | (1 << 255))
q = next_prime(rng.bits(256) | (1 << 255))
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print("p bits", p.bit_length(), "q bits", q.bit_length(), "n bits", n.bit_length())
print("p =", p)
print("n hex =", hex(n)[:40] + "...", "len", len(hex(n)))
print("e*d mod phi =", e * d % phi, "d == pow(e,-1,phi):", d == pow(e, -1, phi))
message = "Attack at dawn! \u2600"
m = int.from_bytes(message.encode("utf-8"), "big")
c = pow(m, e, n)
back = pow(c, d, n)
print("cipher mod 10**20 =", c % 10 ** 20)
print("decrypted:", back.to_bytes((back.bit_length() + 7) // 8, "big").decode("utf-8"))
# CRT speed-up gives the same result.
dp, dq, qinv = d % (p - 1), d % (q - 1), modinv(q, p)
m1, m2 = pow(c, dp, p), pow(c, dq, q)
print("CRT agrees:", (m2 + q * ((qinv * (m1 - m2)) % p)) == m)
try:
    modinv(6, 9)
except ValueError as err:
    print(err)
try:
    pow(6, -1, 9)
except ValueError as err:
    print("pow:", err)


def fib_pair(k):
    if k == 0:
        return 0, 1
    a, b = fib_pair(k >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if k & 1 else (c, d)


f1000 = fib_pair(1000)[0]
print("F(1000) has", len(str(f1000)), "digits:", str(f1000)[:20], "...", str(f1000)[-20:])
print("F(10**5) mod 1e9+7 =", fib_pair(10 ** 5)[0] % 1_000_000_007)
print("digit sum F(5000) =", sum(map(int, str(fib_pair(5000)[0]))))
print("gcd(F(300), F(200)) == F(100):", math.gcd(fib_pair(300)[0], fib_pair(200)[0]) == fib_pair(100)[0])


def e_digits(ndigits):
    # e = sum 1/k!, with integer arithmetic scaled by 10**(ndigits+10)
    scale = 10 ** (ndigits + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)


def pi_machin(ndigits):
    scale = 10 ** (ndigits + 10)

    def arctan_inv(x):
        total = term = scale // x
        x2, k, sign = x * x, 1, 1
        while term:
            term //= x2
            k += 2
            sign = -sign
            total += sign * (term // k)
        return total

    pi = 4 * (4 * arctan_inv(5) - arctan_inv(239))
    return str(pi // 10 ** 10)


ed = e_digits(200)
pd = pi_machin(200)
print("e  =", ed[0] + "." + ed[1:61])
print("pi =", pd[0] + "." + pd[1:61])
print("digit histogram of pi:", {d: pd.count(d) for d in "0123456789"})
print(float(ed[:17]) / 1e16 == math.e, float(pd[:17]) / 1e16 == math.pi)

fact100 = math.factorial(100)
print("100! trailing zeros:", len(str(fact100)) - len(str(fact100).rstrip("0")), fact100.bit_length())
print("isqrt(2*10**60) =", math.isqrt(2 * 10 ** 60), math.comb(100, 50), math.perm(20, 5))
print(divmod(-10 ** 30 - 7, 10 ** 15 + 3), (-10 ** 30) // 7, (-10 ** 30) % 7, -(10 ** 30) >> 70)
big = 3 ** 200
print(big.bit_length(), big.bit_count(), big & (2 ** 64 - 1), big ^ (big >> 1) < big, ~big < 0)
print(int("1" * 50, 2), int("zz" * 10, 36), int("-0x_ff_ff", 16), int("0o777", 0), int(" 1_000 "))
print(f"{2 ** 100:,}", f"{-2 ** 64:_x}", f"{10 ** 25:e}", f"{7 ** 40:>60}")
print(oct(2 ** 70), bin(-(2 ** 65 + 1)), (2 ** 64).to_bytes(9, "little").hex(), int.from_bytes(b"\xff" * 9, "big", signed=True))
print(round(123456789123456789, -5), round(-2 ** 70, -10), abs(-2 ** 90), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 100))
print(10 ** 40 / 3, 2 ** 1023 * 2 // 3 > 0, float(2 ** 80), (2 ** 80) / (2 ** 79), 12345678901234567890 * 1.0)
try:
    float(2 ** 1024)
except OverflowError as err:
    print("OverflowError:", err)
try:
    (2 ** 2000) / 3
except OverflowError as err:
    print("OverflowError:", err)
# Collatz with big starting values.
def collatz_len(x):
    steps = 0
    while x != 1:
        x = x // 2 if x % 2 == 0 else 3 * x + 1
        steps += 1
    return steps
print([collatz_len(2 ** k + 1) for k in range(60, 66)], collatz_len(27))
print(max(range(1, 3000), key=collatz_len))
