# Backtracking: N-queens, sudoku, subset sum, permutations; plus Game of Life on a torus.

def queens(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []

    def place(row):
        if row == n:
            yield tuple(placement)
            return
        for col in range(n):
            if col in cols or (row - col) in diag1 or (row + col) in diag2:
                continue
            cols.add(col); diag1.add(row - col); diag2.add(row + col)
            placement.append(col)
            yield from place(row + 1)
            placement.pop()
            cols.discard(col); diag1.discard(row - col); diag2.discard(row + col)

    return place(0)


for n in range(1, 9):
    sols = list(queens(n))
    print(f"{n}-queens: {len(sols):>3} solutions", sols[0] if sols else "-")
first = next(queens(8))
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(8)))

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse_grid(text):
    rows = [line for line in text.split("\n") if line]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]


def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


def solve(grid, stats):
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cands = candidates(grid, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
                    if len(cands) <= 1:
                        break
        else:
            continue
        break
    if best is None:
        return True
    r, c, cands = best
    for d in cands:
        stats["tries"] += 1
        grid[r][c] = d
        if solve(grid, stats):
            return True
    grid[r][c] = 0
    stats["backtracks"] += 1
    return False


def show(grid):
    lines = []
    for i, row in enumerate(grid):
        if i and i % 3 == 0:
            lines.append("------+-------+------")
        chunks = [" ".join(map(str, row[j:j + 3])) for j in range(0, 9, 3)]
        lines.append(" | ".join(chunks))
    return "\n".join(lines)


grid = parse_grid(PUZZLE)
stats = dict(tries=0, backtracks=0)
print(solve(grid, stats), stats)
print(show(grid))
ok = all(sorted(row) == list(range(1, 10)) for row in grid) and \
    all(sorted(col) == list(range(1, 10)) for col in zip(*grid))
print("valid:", ok)


def subset_sums(nums, target):
    nums = sorted(nums, reverse=True)
    out = []

    def go(i, remaining, chosen):
        if remaining == 0:
            out.append(chosen[:])
            return
        if i == len(nums) or remaining < 0:
            return
        if sum(nums[i:]) < remaining:
            return
        chosen.append(nums[i])
        go(i + 1, remaining - nums[i], chosen)
        chosen.pop()
        j = i
        while j < len(nums) and nums[j] == nums[i]:
            j += 1
        go(j, remaining, chosen)

    go(0, target, [])
    return out


print(subset_sums([10, 1, 2, 7, 6, 1, 5], 8))
print(len(subset_sums(list(range(1, 16)), 30)))


def permutations(seq):
    if len(seq) <= 1:
        yield seq[:]
        return
    for i in range(len(seq)):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            yield seq[i:i + 1] + rest


print(list(permutations("abc")), sum(1 for _ in permutations(list(range(6)))))
print(["".join(p) for p in permutations("aab")])


class Life:
    def __init__(self, pattern, width, height):
        self.w, self.h = width, height
        rows = pattern.strip("\n").split("\n")
        self.cells = {(x, y) for y, row in enumerate(rows) for x, ch in enumerate(row) if ch == "#"}
        self.generation = 0

    def neighbours(self, x, y):
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    yield (x + dx) % self.w, (y + dy) % self.h

    def step(self):
        counts = {}
        for cell in self.cells:
            for nb in self.neighbours(*cell):
                counts[nb] = counts.get(nb, 0) + 1
        self.cells = {c for c, n in counts.items() if n == 3 or (n == 2 and c in self.cells)}
        self.generation += 1
        return self

    def __str__(self):
        return "\n".join("".join("#" if (x, y) in self.cells else "." for x in range(self.w))
                         for y in range(self.h))

    def bbox(self):
        xs = [x for x, _ in self.cells]
        ys = [y for _, y in self.cells]
        return (min(xs), min(ys), max(xs), max(ys)) if self.cells else None


glider = Life("""
.#.
..#
###
""", 8, 6)
print(glider)
for _ in range(4):
    glider.step()
print(f"gen {glider.generation}, {len(glider.cells)} cells, bbox {glider.bbox()}")
print(glider)
seen = {}
blinker = Life("\n.....\n.###.\n.....\n", 5, 3)
board = Life("""
......
.##...
.##...
...##.
...##.
......
""", 6, 6)
for gen in range(6):
    key = frozenset(board.cells)
    if key in seen:
        print(f"beacon period {gen - seen[key]} detected at gen {gen}")
        break
    seen[key] = gen
    board.step()
print(blinker.step(), "", sep="\n")
print(blinker.step().generation, sorted(blinker.cells))
