# Iteration order of sets of ints follows CPython's table (hash, probing, resizing).
print({5, 3, 1, 100, 37, 8, 64, 1000, -1, -2})
print(set(range(20)))
print(set(range(0, 200, 7)))
print(set([2**40, 2**61 - 1, 2**61, 2**62, -2**61, 7, 15, 31, 63]))
s = set()
for i in range(50):
    s.add(i * 37 % 101)
print(s)
s = set(range(1000, 1030))
print(s)
print({x * 8 for x in range(20)})
print({x * 32 for x in range(12)})
print(list({-5, -4, -3, -2, -1, 0, 1, 2}))
