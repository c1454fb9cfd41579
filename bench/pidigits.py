# Big ints: 5,000 digits of pi with the unbounded spigot algorithm (Gibbons), as in the
# benchmarks game: big-by-small multiplications, additions and divmods.
def pidigits(count):
    lines = []
    i = k = ns = 0
    k1 = 1
    n, a, d, t, u = 1, 0, 1, 0, 0
    while True:
        k += 1
        t = n << 1
        n *= k
        a += t
        k1 += 2
        a *= k1
        d *= k1
        if a >= n:
            t, u = divmod(n * 3 + a, d)
            u += n
            if d > u:
                ns = ns * 10 + t
                i += 1
                if i % 10 == 0:
                    lines.append("%010d\t:%d" % (ns, i))
                    ns = 0
                if i >= count:
                    return lines
                a -= d * t
                a *= 10
                n *= 10

lines = pidigits(5000)
print(lines[0])
print(lines[-1])
print(len(lines))
