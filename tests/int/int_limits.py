# Values near the 64-bit limit (all within +-(2**63 - 1)).
import sys
m = sys.maxsize
print(m)
print(m == 9223372036854775807, m == 2 ** 62 - 1 + 2 ** 62)
print(-m)
print(m - 1, m // 2, m % 1000, m // 1000000007)
print(-m + 1, -m // 3, -m % 7)
print(m - m, m * 1, m * -1, m // m)
print(m >> 32, m >> 63, (m >> 31) << 31)
print(m & 0xffff, m ^ m, m | 0)
print(4611686018427387904 + 4611686018427387903)
print(-4611686018427387904 - 4611686018427387903)
print(hex(m), oct(m))
print(len(bin(m)))
print(str(m), len(str(m)), str(-m))
