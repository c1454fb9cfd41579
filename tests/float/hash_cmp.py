for x in [0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e20, 2.0**62, 1e-10, 3.14159, -2.0]:
    print(x, hash(x))
print(hash(float('inf')), hash(float('-inf')))
print(hash(1.0) == hash(1), hash(2.0) == hash(2), hash(-1.0))
print(1 == 1.0, 2 < 2.5, 3 > 2.5, 1 != 1.0, 2**53 + 1 == float(2**53 + 1), 2**53 == float(2**53))
print(9007199254740993 > 9007199254740992.0, 9007199254740993 < 9007199254740994.0)
n = float('nan')
print(n == n, n != n, n < 1, n > 1, 1 < n, n is n, [n] == [n])
print(float('inf') > 10**18, -float('inf') < -10**18)
print(0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75)
print(max(1, 2.5), min(1, 0.5), max(2.0, 2), max(2, 2.0))
print(sorted([3, 1.5, 2, -0.5, 0]))
print(True + 0.5, False * 2.5)
d = {1: 'a'}
d[1.0] = 'b'
print(d)
print({0.0: 1, -0.0: 2})
