# math's integer functions on ints of any size: gcd, lcm, isqrt, factorial, comb, perm.
import math

def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        s = str(r)
        print(s if len(s) < 100 else "%d digits %s..%s" % (len(s), s[:20], s[-20:]))

show(math.gcd)
show(math.gcd, 12)
show(math.gcd, -12)
show(math.gcd, 12, 18)
show(math.gcd, -12, 18, 2**70)
show(math.gcd, 2**100, 6**50)
show(math.gcd, 0, 0)
show(math.gcd, 0, -5)
show(math.gcd, 3**200 * 5**30, 3**150 * 7**40)
show(math.gcd, True, 4)
show(math.gcd, 1.5)
show(math.gcd, "3")
show(math.lcm)
show(math.lcm, -4, 6)
show(math.lcm, 2**100, 3**50, 5)
show(math.lcm, 2**100, 3**50, 0)
show(math.lcm, 2**64 - 1, 2**64 + 1)
for n in (0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2**52, 2**53 + 1, 2**63 - 1, 2**63, 2**64,
          10**100, 10**101, 3**333):
    show(math.isqrt, n)
show(math.isqrt, -1)
show(math.isqrt, -(2**100))
show(math.isqrt, 2.0)
for n in (0, 1, 2, 5, 20, 21, 25, 100, 1000):
    show(math.factorial, n)
show(lambda: math.factorial(5000).bit_length())
show(math.factorial, -1)
show(math.factorial, -(2**100))
show(math.factorial, 2**70)
show(math.factorial, 2.0)
show(math.factorial, True)
for n, k in ((5, 2), (5, 0), (5, 5), (5, 6), (0, 0), (100, 50), (10**19, 2), (2**70, 3),
             (2**64, 2**64 - 2), (1000, 998), (-1, 2), (5, -2), (-(2**100), 1), (2**64, 2**63),
             (10, 2.0), (10.0, 2)):
    show(math.comb, n, k)
    show(math.perm, n, k)
show(math.perm, 5)
show(math.perm, 5, None)
show(math.perm, 0)
show(math.perm, -3)
show(math.perm, 10**19, 2**64)
show(math.perm, 2**64, 2**63)
show(math.comb, 5)
show(math.perm, 1, 2, 3)
