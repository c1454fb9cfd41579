inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * 0, -inf, inf / inf, inf > 1e308, -inf < -1e308, inf == inf, nan == nan)
print(inf // 1, 1 // inf, -1 // inf, 1 % inf, -1 % inf, inf % 2 if False else 0)
print(repr(inf), repr(-inf), repr(nan), str(-nan), abs(-inf), -nan)
print(min(inf, 1), max(-inf, -1), sorted([inf, 1, -inf, 0]))
print(int(1e300) > 0, float(10**18), float(-10**18))
for v in [inf, -inf, nan]:
    print(v.is_integer(), round(1.5) if v != v else 0, v * -1, bool(v))
try:
    round(inf)
except OverflowError as e:
    print(e)
try:
    round(nan)
except ValueError as e:
    print(e)
try:
    int(nan)
except ValueError as e:
    print(e)
print(1e308 + 1e308, -1e308 - 1e308, 1e-320, 2.0 ** -1074, 2.0 ** -1075)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400.0
except OverflowError as e:
    print(type(e).__name__, e)
