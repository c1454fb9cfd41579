# The shortest repr that reads back is sometimes not the nearest decimal of that length
# (2.0**182 -> 6.129982163463556e+54): every power of two and a pseudo-random sweep.
for e in range(-1074, 1024, 7):
    print(repr(2.0 ** e))
x = 12345
for i in range(3000):
    x = (x * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
    e = (x >> 11) % 600 - 300
    m = (x % 1000003) / 1000003 + 1
    v = m * 2.0 ** e
    print(repr(v), repr(-v / 3))
