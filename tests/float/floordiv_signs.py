for a in [7, -7, 7.0, -7.0, 0.0, -0.0, 1e-300, 5.5, -5.5]:
    for b in [3, -3, 3.0, -3.0, 0.5, -0.5, float('inf'), float('-inf')]:
        try:
            print(a, b, a // b, a % b, divmod(a, b))
        except Exception as e:
            print(a, b, type(e).__name__, e)
