def t(s):
    try:
        print(repr(s), float(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for s in ['1', '1.5', '  2.5  ', '-3', '+4.0', '1e3', '1E-3', '.5', '5.', 'inf', '-inf', 'INF', 'Infinity', '-infinity', 'nan', 'NaN', '-nan', '1_000.5', '1__0', '', ' ', 'abc', '1.2.3', '0x10', '1e', 'e5', '\t7\n', 'in f', '1_', '_1']:
    t(s)
print(float(), float(3), float(-7), float(True), float(2.5))
try:
    float([])
except Exception as e:
    print(type(e).__name__, e)
try:
    float(None)
except Exception as e:
    print(type(e).__name__, e)
