# glasspy-exp: hand
# DESIGN §1: arithmetic never returns an operand — `n + 0` is a new object for n > 256 —
# while results in [-5, 256] are always the cached objects.
n = 1000
print(n + 0 is n, n - 0 is n, n * 1 is n, n // 1 is n, 0 + n is n, 1 * n is n)
k = n
k += 0
print(k == n, k is n)
m = 256
print(m + 0 is m, m * 1 is m, m // 1 is m, (m + 1) - 1 is m)
p = -5
print(p + 0 is p, (p - 1) + 1 is p)
q = -6
print(q + 0 is q)
big = 10 ** 15
print(big + 0 is big, big * 1 is big)
f = 1.5
print(f + 0.0 is f, f * 1.0 is f)
