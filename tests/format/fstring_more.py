import sys
val = 12.3456
items = {"a": 1, "b": [1, 2]}
width = 12
print(f"{val:>{width}.2f}|{val:<{width}}|{val:^{width}.1e}|")
print(f"{items['a']} {items['b'][1]} {items!r}")
print(f"{'quoted'!r:>12}", f"{'x' * 3}", f"{3 * 4}", f"{3 if True else 4}")
print(f"{'{'}{'}'}", f"{{x}}", f"{{{{")
n = 255
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b} {n:08X} {n:,} {n:e} {n:%}")
print(f"{n=}", f"{n = :x}", f"{val=!r}", f"{'a' + 'b'=}", f"{n * 2=:>8}")
for i in range(3):
    print(f"row {i:02d}: {'#' * i:<3}|{i ** 2:>3}|")
name = "Ada"
print(f"Hello, {name}! You have {len(name)} letters; upper={name.upper()!r}")
print(f"{1_000_000:,}", f"{0.1 + 0.2}", f"{2 ** 10 = }")
print(f"{sys.maxsize > 0}", f"{None!s}", f"{[1, 2]!s:>10}")
nested = f"{f'{n:x}':>5}"
print(nested, f"{'é'!a}", f"{'é'!r}")
print(f"""multi
{n}
line""")
print(f"{n:{'>' if n else '<'}10}|")
x = 3.0
print(f"{x:.{2}f}", f"{x:{0}{8}.{3}f}")
