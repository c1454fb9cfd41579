# Vector and Matrix classes: operator overloading, indexing with tuples/slices, in-place ops.
import math


class Vector:
    __slots__ = ("_c",)

    def __init__(self, *components):
        if len(components) == 1 and not isinstance(components[0], (int, float)):
            components = tuple(components[0])
        self._c = tuple(components)

    def __len__(self):
        return len(self._c)

    def __iter__(self):
        return iter(self._c)

    def __reversed__(self):
        return Vector(reversed(self._c))

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(self._c[i])
        return self._c[i]

    def __repr__(self):
        return f"Vector({', '.join(map(repr, self._c))})"

    def __format__(self, spec):
        return "<" + ", ".join(format(x, spec) for x in self._c) + ">"

    def _check(self, other):
        if not isinstance(other, Vector):
            return False
        if len(other) != len(self):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        return True

    def __add__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(a + b for a, b in zip(self, other))

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(a - b for a, b in zip(self, other))

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(a * k for a in self)
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector(a / k for a in self)

    def __matmul__(self, other):
        if isinstance(other, Vector):
            self._check(other)
            return sum(a * b for a, b in zip(self, other))
        return NotImplemented

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return math.sqrt(self @ self)

    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c

    def __hash__(self):
        return hash(self._c)

    def __bool__(self):
        return any(self._c)

    def __round__(self, n=None):
        return Vector(round(x, n) for x in self)

    def cross(self, o):
        a1, a2, a3 = self
        b1, b2, b3 = o
        return Vector(a2 * b3 - a3 * b2, a3 * b1 - a1 * b3, a1 * b2 - a2 * b1)


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if len({len(r) for r in rows}) > 1:
            raise ValueError("ragged matrix")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0]) if self.rows else 0

    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            if isinstance(r, slice) or isinstance(c, slice):
                rows = self.rows[r] if isinstance(r, slice) else [self.rows[r]]
                return Matrix([row[c] if isinstance(c, slice) else [row[c]] for row in rows])
            return self.rows[r][c]
        return Vector(self.rows[idx])

    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value

    def __iter__(self):
        return (Vector(r) for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        cells = [[f"{x:g}" if isinstance(x, float) else str(x) for x in r] for r in self.rows]
        w = max((len(c) for r in cells for c in r), default=1)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

    def T(self):
        return Matrix(zip(*self.rows))

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __iadd__(self, other):
        for r1, r2 in zip(self.rows, other.rows):
            r1[:] = [a + b for a, b in zip(r1, r2)]
        return self

    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(Vector(r) @ other for r in self.rows)
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"shapes {self.shape} and {other.shape} not aligned")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, n):
        result, base = Matrix.identity(self.shape[0]), self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def det(self):
        n = self.shape[0]
        m = [row[:] for row in self.rows]
        det = 1.0
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
            if abs(m[pivot][col]) < 1e-12:
                return 0.0
            if pivot != col:
                m[col], m[pivot] = m[pivot], m[col]
                det = -det
            det *= m[col][col]
            for r in range(col + 1, n):
                f = m[r][col] / m[col][col]
                for c in range(col, n):
                    m[r][c] -= f * m[col][c]
        return det


v, w = Vector(1, 2, 3), Vector([4.0, -5.5, 6])
print(v, w, v + w, v - w, 2 * v, v * 0.5, -v, v / 4, v @ w, abs(Vector(3, 4)))
print(v.cross(w), v[1:], v[::-1], reversed(v), v[-1], len(v), list(v), 3 in v, bool(Vector(0, 0)))
print(f"{w:.2f}", f"{v:>4}", round(Vector(1.25, 2.5, -0.125), 1), round(w), hash(v) == hash(Vector(1, 2, 3)))
print({v, Vector(1, 2, 3), Vector(3, 2, 1)} == {Vector(3, 2, 1), v}, v == (1, 2, 3), sorted([w, v], key=abs))
for bad in (lambda: v + Vector(1, 2), lambda: v + 1, lambda: v * v, lambda: "s" @ v, lambda: v[5]):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B, A + B, 3 * A, A.T(), A.shape, sep="\n")
print(A[0], A[1, 0], A[:, 1], A[1:, :], list(A), A @ Vector(1, 1))
F = Matrix([[1, 1], [1, 0]])
print("fib via matrix power:", [(F ** k)[0, 1] for k in range(15)], (F ** 200)[0, 1])
C = Matrix.identity(3)
C += Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
C[0, 0] = 0.5
print(C, C.det(), Matrix([[2, 0], [0, 3]]).det(), Matrix([[1, 2], [2, 4]]).det(), sep="\n")
try:
    A @ C
except ValueError as e:
    print(e)
try:
    Matrix([[1], [2, 3]])
except ValueError as e:
    print(e)
try:
    {A: 1}
except TypeError as e:
    print(e)

# Rotation of points and polygon area (shoelace), centroid.
def rotate(p, deg):
    t = math.radians(deg)
    R = Matrix([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])
    return round(R @ p, 6)

square = [Vector(0, 0), Vector(2, 0), Vector(2, 2), Vector(0, 2)]
print([rotate(p, 90) for p in square])
poly = [Vector(0, 0), Vector(4, 0), Vector(4, 3), Vector(2, 5), Vector(0, 3)]
area = sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(poly, poly[1:] + poly[:1])) / 2
cx = sum(p[0] for p in poly) / len(poly)
print(f"area={area} centroid~({cx:.2f}, {sum(p[1] for p in poly) / len(poly):.2f})", max(poly, key=lambda p: p[1]))

# List slicing gymnastics on a grid.
grid = [[r * 10 + c for c in range(6)] for r in range(5)]
grid[1][::2] = ["x"] * 3
grid[2][1:4] = []
grid[3][2:2] = ["ins"]
del grid[4][::3]
grid[0][-2:] = reversed(grid[0][-2:])
print(*grid, sep="\n")
flat = [x for row in grid for x in row if isinstance(x, int)]
print(flat[::4], flat[-3::-5], flat[100:], flat[2:-2:7], sum(flat), len(flat))
lst = list(range(10))
lst[::2] = lst[1::2]
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print(e)
