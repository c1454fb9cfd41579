# CPython's a % b returns a itself when its long division sees |a| < |b| (same signs) and
# the operands are not both one 30-bit digit: an identity visible with `is`.
def check(a, b):
    r = a % b
    q, r2 = divmod(a, b)
    print(a % b == r, r is a, r2 is a)

for a, b in ((2**40, 2**50), (-(2**40), -(2**50)), (-(2**40), 2**50), (2**40, -(2**50)),
             (5000, 2**31), (5000, 2**29), (2**29 + 7, 2**29 + 8), (2**35, 2**35 + 1),
             (2**35 + 1, 2**35), (10**30, 10**31), (10**30, 10**30 + 1), (3 * 2**60, 2**62),
             (2**62 + 5, 2**62 + 2**31), (0, 2**70), (-5, -(2**70)), (7, 2**100), (-7, 2**100)):
    check(a, b)
x = 2**40
y = x % 2**45
print(y is x, (x % 3) is x)
