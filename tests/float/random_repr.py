seed = 12345
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
out = []
for i in range(400):
    m = rnd() >> 11
    e = (rnd() >> 40) % 80 - 40
    x = m / 2**53 * 10.0 ** e
    if i % 2:
        x = -x
    out.append(x)
for x in out:
    print(repr(x), float(repr(x)) == x, hash(x), "%.17g" % x, "%.3e" % x, format(x, ".6g"), round(x, 3))
