def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def ident(n):
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
a = [[1, 2], [3, 4]]
b = [[0.5, -1], [2, 0.25]]
print(matmul(a, b), transpose(a), matmul(a, ident(2)))
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
print(det(a), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1.5, 2], [3, 4.5]]))
for row in matmul(b, b):
    print(" ".join(f"{v:8.3f}" for v in row))
print([[round(v, 2) for v in r] for r in matmul([[0.1, 0.2], [0.3, 0.4]], [[1.1, 1.2], [1.3, 1.4]])])
