matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
words = ["apple", "banana", "cherry"]
print({w[0]: len(w) for w in words}, {len(w) for w in words} == {5, 6})
print([w for w in words if "an" in w], [(i, w) for i, w in enumerate(words, 1)])
flat = [x for sub in [[1], [2, 3], []] for x in sub]
print(flat)
def gen_pairs(n):
    return [(a, b) for a in range(n) for b in range(a, n) if (a + b) % 2 == 0]
print(gen_pairs(4))
total = 0
for v in [i * i for i in range(10)]:
    total += v
print(total)
print([x if x % 2 else -x for x in range(6)])
print(sum([[1], [2]], []), sorted({c for c in "mississippi"}))
print([y for x in range(3) for y in [x, x * 10]])
