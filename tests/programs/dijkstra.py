# Binary heap priority queue (hand-written), Dijkstra, A*, and topological sort.
import math


class PriorityQueue:
    """Min-heap of (priority, counter, item) with decrease-key via lazy deletion."""

    REMOVED = object()

    def __init__(self, items=()):
        self._heap = []
        self._entries = {}
        self._counter = 0
        for prio, item in items:
            self.push(item, prio)

    def __len__(self):
        return len(self._entries)

    def __bool__(self):
        return bool(self._entries)

    def __contains__(self, item):
        return item in self._entries

    def _sift_up(self, i):
        heap = self._heap
        entry = heap[i]
        while i > 0:
            parent = (i - 1) >> 1
            if heap[parent][:2] <= entry[:2]:
                break
            heap[i] = heap[parent]
            i = parent
        heap[i] = entry

    def _sift_down(self, i):
        heap = self._heap
        n = len(heap)
        entry = heap[i]
        while True:
            child = 2 * i + 1
            if child >= n:
                break
            if child + 1 < n and heap[child + 1][:2] < heap[child][:2]:
                child += 1
            if entry[:2] <= heap[child][:2]:
                break
            heap[i] = heap[child]
            i = child
        heap[i] = entry

    def push(self, item, priority):
        if item in self._entries:
            self._entries.pop(item)[2] = self.REMOVED
        entry = [priority, self._counter, item]
        self._counter += 1
        self._entries[item] = entry
        self._heap.append(entry)
        self._sift_up(len(self._heap) - 1)

    def pop(self):
        while self._heap:
            last = self._heap.pop()
            if self._heap:
                top, self._heap[0] = self._heap[0], last
                self._sift_down(0)
            else:
                top = last
            if top[2] is not self.REMOVED:
                del self._entries[top[2]]
                return top[2], top[0]
        raise KeyError("pop from an empty priority queue")

    def __iter__(self):
        while self:
            yield self.pop()


def heapsort(values):
    pq = PriorityQueue((v, i) for i, v in enumerate(values))
    return [values[i] for i, _ in pq]


GRAPH_TEXT = """
A B 7
A C 9
A F 14
B C 10
B D 15
C D 11
C F 2
D E 6
E F 9
F G 1
G E 3
H I 1
"""


def build_graph(text, directed=False):
    graph = {}
    for line in text.strip().splitlines():
        u, v, w = line.split()
        graph.setdefault(u, {})[v] = int(w)
        graph.setdefault(v, {})
        if not directed:
            graph[v][u] = int(w)
    return graph


def dijkstra(graph, source):
    dist = {node: math.inf for node in graph}
    prev = dict.fromkeys(graph)
    dist[source] = 0
    pq = PriorityQueue([(0, source)])
    visited = set()
    while pq:
        u, d = pq.pop()
        visited.add(u)
        for v, w in sorted(graph[u].items()):
            if v in visited:
                continue
            if (nd := d + w) < dist[v]:
                dist[v], prev[v] = nd, u
                pq.push(v, nd)
    return dist, prev


def path_to(prev, target):
    path = []
    while target is not None:
        path.append(target)
        target = prev[target]
    return path[::-1]


g = build_graph(GRAPH_TEXT)
dist, prev = dijkstra(g, "A")
for node in sorted(g):
    d = dist[node]
    route = " -> ".join(path_to(prev, node)) if d < math.inf else "unreachable"
    print(f"{node}: {d!s:>4}  {route}")
print("reachable:", sorted(n for n, d in dist.items() if d != math.inf))
print("farthest:", max((d, n) for n, d in dist.items() if d < math.inf))

print(heapsort([5, 3, 9, 1, 5, 0, -2, 8, 3]))
print(heapsort(["pear", "apple", "fig", "kiwi"]))
pq = PriorityQueue()
for i, word in enumerate("the quick brown fox jumps over the lazy dog".split()):
    pq.push(word, len(word) * 10 - i)
pq.push("fox", -1)
print(len(pq), "fox" in pq, "cat" in pq, [w for w, _ in pq], len(pq), bool(pq))
try:
    pq.pop()
except KeyError as e:
    print("KeyError:", e)

# A* on a grid maze.
MAZE = [
    "S.#.......",
    ".##.####..",
    "....#..#..",
    "###.#.##.#",
    "....#....E",
]


def astar(maze):
    rows, cols = len(maze), len(maze[0])
    find = lambda ch: next((r, c) for r in range(rows) for c in range(cols) if maze[r][c] == ch)
    start, goal = find("S"), find("E")
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    g_score = {start: 0}
    came = {}
    pq = PriorityQueue([(h(start), start)])
    expanded = 0
    while pq:
        cur, _ = pq.pop()
        expanded += 1
        if cur == goal:
            path = [cur]
            while cur in came:
                cur = came[cur]
                path.append(cur)
            return path[::-1], expanded
        r, c = cur
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#":
                ng = g_score[cur] + 1
                if ng < g_score.get((nr, nc), math.inf):
                    g_score[(nr, nc)] = ng
                    came[(nr, nc)] = cur
                    pq.push((nr, nc), ng + h((nr, nc)))
    return None, expanded


path, expanded = astar(MAZE)
print("A* length", len(path) - 1, "expanded", expanded)
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))

# Topological sort (Kahn) with deterministic ordering and cycle detection.
def toposort(deps):
    indeg = {n: 0 for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg.setdefault(d, 0)
    users = {}
    for n, ds in deps.items():
        for d in ds:
            users.setdefault(d, []).append(n)
            indeg[n] += 1
    ready = PriorityQueue((n, n) for n, k in indeg.items() if k == 0)
    order = []
    while ready:
        n, _ = ready.pop()
        order.append(n)
        for u in users.get(n, ()):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.push(u, u)
    if len(order) != len(indeg):
        cyc = sorted(n for n, k in indeg.items() if k)
        raise ValueError(f"cycle among {cyc}")
    return order


deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "compat"], "tests": ["app"], "docs": []}
print(toposort(deps))
deps["core"] = ["tests"]
try:
    toposort(deps)
except ValueError as e:
    print(e)

# Floyd-Warshall for comparison.
nodes = sorted(g)
idx = {n: i for i, n in enumerate(nodes)}
D = [[0 if i == j else math.inf for j in range(len(nodes))] for i in range(len(nodes))]
for u, es in g.items():
    for v, w in es.items():
        D[idx[u]][idx[v]] = w
for k in range(len(nodes)):
    for i in range(len(nodes)):
        for j in range(len(nodes)):
            if D[i][k] + D[k][j] < D[i][j]:
                D[i][j] = D[i][k] + D[k][j]
print(all(D[idx["A"]][idx[n]] == dist[n] for n in nodes))
print("   " + "".join(f"{n:>4}" for n in nodes))
for n in nodes:
    print(f"{n:>3}" + "".join(f"{'-' if x == math.inf else x:>4}" for x in D[idx[n]]))
