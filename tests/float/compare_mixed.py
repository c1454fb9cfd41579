def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
[print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b) for a in (0, 1, -1, 2**53, 2**53 + 1, 2**62, -2**63, 0.5, 1.0, -0.0, 9007199254740992.0, 1e19, float("inf"), float("nan")) for b in (0, 1.0, 2**53 + 1, 9007199254740993, 2.0**63, -9.3e18, float("-inf"))]
