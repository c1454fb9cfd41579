# Report tables with %-formatting, str.format, f-strings (nested specs), alignment, separators.
import math

rows = [
    ("Widget", 1234, 3.5, 0.125),
    ("Gadget extra long name", 98765432, 1049.99, -0.5),
    ("Nut", 7, 0.05, 0.0),
    ("Bolt", -42, 12345678.9, 1.0),
    ("Ünïcödé", 0, float("inf"), 2 / 3),
]

print("%-12s|%10s|%12s|%8s" % ("name", "qty", "price", "pct"))
print("%s+%s+%s+%s" % ("-" * 12, "-" * 10, "-" * 12, "-" * 8))
for name, qty, price, pct in rows:
    print("%-12.12s|%10d|%12.2f|%7.1f%%" % (name, qty, price, pct * 100))
print("%(a)s and %(b)r and %(a)5.2s|" % {"a": "alpha", "b": "beta"})
print("%5s|%-5s|%05d|%+d|% d|%x|%X|%#x|%#o|%o|%e|%E|%g|%G|%c|%c|%%" % (
    "ab", "cd", 42, 42, 42, 255, 255, 255, 8, 8, 12345.678, 0.000123, 1e20, 1e-10, 65, "z"))
print("%.3s|%10.4f|%-10.1e|%*d|%-*d|%.*f" % ("abcdef", math.pi, 12345.6789, 6, 42, 6, 42, 2, math.e))
print("%r %a %s" % ("é\n", "é\n", b"x"))

print()
header = "{:<24}{:>12}{:>16}{:>10}".format("name", "qty", "price", "share")
print(header)
print("=" * len(header))
for name, qty, price, pct in rows:
    print("{0:<24}{1:>12,}{2:>16,.2f}{3:>10.1%}".format(name, qty, price, pct))
print("{:_}|{:_x}|{:,d}|{:,.3f}|{:_b}".format(123456789, 0xDEADBEEF, -1234567, 1234567.891, 255))

print()
widths = {"name": 24, "qty": 10, "price": 14}
for name, qty, price, pct in rows:
    w = widths
    print(f"{name:.<{w['name']}}{qty:>{w['qty']}_}{price:>{w['price']}.{2 if price < 1000 else 0}f} {pct:+.3f}")

print(f"{'centered':^20}|{'x':*^9}|{42:#^8}|{-42:=+8}|{3.14159:010.3f}|{-3.14159:+010.2f}")
print(f"{255:b} {255:#b} {255:o} {255:#o} {255:x} {255:#X} {65:c} {1e6:g} {1e-5:g} {123456789:e}")
print(f"{0.1:.20f} {1/3:.15g} {2**0.5:.0f} {2.5:.0f} {3.5:.0f} {-0.0:.1f} {1e16:.1f}")
print(f"{12345.6789:,.2f} {12345.6789:_.1f} {-9876543.21:,} {1e21:,} {float('nan'):>6} {float('-inf'):<6}|")
print(f"{True:>6}|{None!s:>6}|{None!r:<6}|{'q'!r:^7}|{'é'!a}")
value, width, prec = 2 / 7, 12, 5
print(f"[{value:{width}.{prec}}] [{value:<{width}.{prec}e}] [{value!r:>{width + 10}}]")
print(f"{'nested ' + f'{3 * 7:03d}'}" + f"{{literal braces}} {{{value:.2f}}}")
x = 10
print(f"{x=}, {x * 2 = }, {x=:>5}, {math.pi=:.3f}")
print(f"{'%d items' % 3} {'{} items'.format(4)} {format(5, '03')} {format('s', '>3')}")

print()
print("{0} {1} {0} {name} {name!r:>8} {0[1]} {obj.stop}".format("ab", 2, name="nm", obj=range(3, 9)))
data = {"k": [10, 20, {"deep": "yes"}]}
print("{d[k][2][deep]} {d[k][0]:>5} {t[1]:.2f}".format(d=data, t=(1, 2.345)))
print("{:{}{}{}}".format("fill", "*", "^", 12), "{!r:{w}}|".format("x", w=5))
print(format(1234567.0, ","), format(0.000012345, ".3"), format(100, ""), format(1.0), format(1e100))
print(str(1e16), str(1e-4), str(0.0001234), repr(1.1), repr(2.675), round(2.675, 2), round(0.5), round(1.5))
print(format(-1234, "010,"), format(1234.5, "=+12,.1f"), format(12, "n"), format(0.5, "%"))

def table(rows, cols, aligns):
    widths = [max(len(str(r[i])) for r in rows + [cols]) for i in range(len(cols))]
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [line, "| " + " | ".join(f"{c:^{w}}" for c, w in zip(cols, widths)) + " |", line]
    for r in rows:
        out.append("| " + " | ".join(f"{str(v):{a}{w}}" for v, a, w in zip(r, aligns, widths)) + " |")
    out.append(line)
    return "\n".join(out)

squares = [(n, n * n, n ** 3, f"{math.sqrt(n):.4f}", hex(n * 1000)) for n in range(1, 13, 3)]
print(table(squares, ("n", "n^2", "n^3", "sqrt", "hex"), "><>>^"))

errors = [
    lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "{0} {}".format(1, 2),
    lambda: "{:d}".format(1.5), lambda: format("x", "d"), lambda: "{}{}".format(1),
    lambda: "{x}".format(y=1), lambda: f"{3:,s}", lambda: "%(k)s" % {}, lambda: format(1, ".2,"),
    lambda: "%z" % 3, lambda: "{:=}".format("s"), lambda: "{0:x}".format(2.0),
]
for fn in errors:
    try:
        print(fn())
    except (TypeError, ValueError, KeyError, IndexError) as e:
        print(type(e).__name__ + ":", e)
