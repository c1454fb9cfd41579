rows = [("Widget", 3, 4.5), ("Gadget", 12, 19.99), ("Thingamajig", 1, 1234.5), ("Ünïcode", 0, 0.0)]
hdr = f"{'Item':<12}|{'Qty':>5}|{'Price':>10}|{'Total':>12}"
print(hdr)
print("-" * len(hdr))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12.12}|{qty:>5d}|{price:>10,.2f}|{total:>12,.2f}")
print("=" * len(hdr))
print(f"{'Grand total':<29}{grand:>12,.2f}")
print("{:^{w}}".format(" END ", w=len(hdr)).replace(" ", "~"))
print("%-12s|%5s|%10s" % ("a", "b", "c"))
for i, (name, qty, price) in enumerate(rows, 1):
    print("%2d. %-12s %5d %#10.3g %-+10.1e" % (i, name, qty, price, price))
pct = [q / sum(r[1] for r in rows) for _, q, _ in rows]
print(" ".join(f"{p:.1%}" for p in pct), f"{sum(pct):.0%}")
