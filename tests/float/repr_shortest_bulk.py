# repr(float) is the shortest round-trip string (ties to even) over many doubles: random bit
# patterns (subnormals too), integers+fractions near 2**53, and k * 2**j across the range.
import math
out = []
s = 0x12345
for i in range(40000):
    s = (s * 6364136223846793005 + 1442695040888963407) % 2**64
    bits = s >> 1
    m = bits & ((1 << 52) - 1)
    e = (bits >> 52) % 2047
    out.append(repr(math.ldexp(1 + m / 2**52, e - 1023) if e else math.ldexp(m / 2**52, -1022)))
for base in (10**15, 3 * 10**15, 9 * 10**15 - 7, 2**53 - 100, 4503599627370496):
    for i in range(400):
        for frac in (0.0, 0.125, 0.25, 0.375, 0.5, 0.75):
            out.append(repr(float(base + i) + frac))
for j in range(1, 1075, 3):
    for k in (1, 3, 5, 7, 9, 11, 12345, 2**52 + 1, 2**53 - 1, 10**15 + 1):
        out.append(repr(k * 2.0 ** -j))
for j in range(0, 970, 7):
    for k in (1, 3, 2**52 + 1, 2**53 - 1):
        out.append(repr(k * 2.0 ** j))
print(len(out), hash(tuple(out)))
print(all(float(r) == float(r) for r in out), sum(len(r) for r in out))
for r in out[::997]:
    print(r, str(float(r)), f"{float(r)!r:>25}", f"{float(r)}")
