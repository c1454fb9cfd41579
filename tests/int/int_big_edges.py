# The small/big boundary (DESIGN.md §2.3: INT64_MIN marks a big int) and Python's rounding
# rules at the edges.
m = 2**63
print(-m, type(-m), -m + 1, m - 1, m, -(m - 1) - 1)
print((-m) // -1, (-m) % -1, divmod(-m, -1), (-m) * -1, -(-m))
print(-7 // 2, -7 % 2, 7 % -2, 7 // -2, divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(0 ** 0, (-m) ** 0, 0 ** (2**100), (-1) ** (2**100 + 1), 1 ** (2**100))
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0 ** -(2**100)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
x = 1 << 10**6
print(x.bit_length(), x.bit_count(), hex(x)[:6], len(hex(x)), x >> (10**6 - 3))
print(-1 >> 100, -(2**100) >> 100, (2**100) >> 101, -1 >> 2**100, (2**100 + 1) >> 100)
print(~(2**100), ~-(2**100), ~(m - 1), ~(-m), ~0, ~-1)
a = m - 1
print(a + 1, a + 1 - 1, type(a + 1 - 1), -a - 1, -a - 2, a - -a)
print(a * 2, a * a, (a + 1) // 2, abs(-m), abs(-a), -(-a - 1))
print(a + 1 > a, -m < -a, -m == -(a + 1), m != a + 1, hash(m), hash(-m), hash(-m + 1))
# results that fit come back small, and -5..256 are the cached objects
n = 2**64
print((n - n + 5) is 5, (n // (n // 7)) is 7, (-n + n - 5) is -5, (n >> 56) is 256)
print(n - n + 1000 == 1000, type(n - n), (n * 0) is 0, ((m + 3) % m) is 3)
for v in (m - 2, m - 1, m, m + 1, -m + 1, -m, -m - 1):
    print(v, v + 1, v - 1, v * -1, v // 3, v % 3, str(v), hex(v), v.bit_length())
