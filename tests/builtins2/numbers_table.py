print("{:>6} {:>10} {:>12} {:>8} {:>10}".format("n", "sqrt", "1/n", "hex", "bin"))
for n in range(1, 17):
    print("{:>6d} {:>10.5f} {:>12.6e} {:>8x} {:>10b}".format(n, n ** 0.5, 1 / n, n * 255, n))
vals = [3.14159, -2.71828, 1e-10, 6.02e23, 0.0, -0.0, 100.0]
for v in vals:
    print("%12.4g|%-12.3e|%+.2f|%s|%r" % (v, v, v, v, v))
print(sum(vals[:3]), round(sum(vals[:2]), 3), [round(v, 1) for v in vals])
print(max(vals), min(vals), sorted(vals), sorted(vals, key=abs))
