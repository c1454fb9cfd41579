# LRU cache class (doubly-linked list + dict) with mapping protocol, and a memoising decorator.
import sys


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = self


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, not {capacity}")
        self.capacity = capacity
        self._map = {}
        self._root = _Node()
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        root = self._root
        node.next, node.prev = root.next, root
        root.next.prev = node
        root.next = node

    def __getitem__(self, key):
        node = self._map.get(key)
        if node is None:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def __setitem__(self, key, value):
        node = self._map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self._map) >= self.capacity:
            lru = self._root.prev
            self._unlink(lru)
            del self._map[lru.key]
            self.evictions += 1
            self.on_evict(lru.key, lru.value)
        node = _Node(key, value)
        self._map[key] = node
        self._push_front(node)

    def on_evict(self, key, value):
        pass

    def __delitem__(self, key):
        node = self._map.pop(key)
        self._unlink(node)

    def __contains__(self, key):
        return key in self._map

    def __len__(self):
        return len(self._map)

    def __iter__(self):
        node = self._root.next
        while node is not self._root:
            yield node.key
            node = node.next

    def __reversed__(self):
        node = self._root.prev
        while node is not self._root:
            yield node.key
            node = node.prev

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def items(self):
        return [(k, self._map[k].value) for k in self]

    def __repr__(self):
        body = ", ".join(f"{k!r}: {v!r}" for k, v in self.items())
        return f"{type(self).__name__}({self.capacity}, {{{body}}})"

    def __eq__(self, other):
        if not isinstance(other, LRUCache):
            return NotImplemented
        return self.items() == other.items()

    __hash__ = None


class LoggingLRU(LRUCache):
    def __init__(self, capacity, log):
        super().__init__(capacity)
        self.log = log

    def on_evict(self, key, value):
        self.log.append(f"evict {key}={value}")


log = []
c = LoggingLRU(3, log)
for k, v in zip("abcdaeb", range(7)):
    c[k] = v
    print(f"set {k}={v}: {list(c)}")
print(c, len(c), "a" in c, "c" in c)
print(c["a"], c.get("zz", "dflt"), c.get("e"), list(c), list(reversed(c)))
del c["e"]
print(c, log)
try:
    c["nope"]
except KeyError as e:
    print("KeyError", e, c.hits, c.misses, c.evictions)
try:
    del c["nope"]
except KeyError as e:
    print("del KeyError", repr(e))
try:
    hash(c)
except TypeError as e:
    print(e)
d = LRUCache(3)
d["a"], d["b"] = 0, 6
print(d == c, d != c, d == {}, sorted(d.items(), reverse=True))
try:
    LRUCache(0)
except ValueError as e:
    print(e)


def lru_memo(maxsize=128):
    def decorate(fn):
        cache = LRUCache(maxsize)

        def wrapper(*args, **kwargs):
            key = (args, tuple(sorted(kwargs.items())))
            try:
                return cache[key]
            except KeyError:
                pass
            result = fn(*args, **kwargs)
            cache[key] = result
            return result

        def cache_info():
            return f"hits={cache.hits} misses={cache.misses} size={len(cache)}/{cache.capacity}"

        wrapper.cache_info = cache_info
        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        wrapper.__wrapped__ = fn
        return wrapper

    if callable(maxsize):  # used as @lru_memo without parentheses
        fn, maxsize = maxsize, 128
        return decorate(fn)
    return decorate


@lru_memo
def fib(n):
    """Fibonacci."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru_memo(maxsize=4)
def slow_square(x, *, offset=0):
    return x * x + offset


sys.setrecursionlimit(3000)
print(fib(90), fib.__name__, fib.__doc__, fib.cache_info())
print(fib(300) % 10 ** 12, fib.cache_info())
print([slow_square(i % 6) for i in range(12)], slow_square.cache_info())
print(slow_square(3, offset=1), slow_square(3, offset=1), slow_square.cache_info())
print(list(slow_square.cache)[:2], fib.__wrapped__(10))


@lru_memo(maxsize=1000)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc"), ("same", "same")]
for a, b in pairs:
    print(f"{a!r:>12} -> {b!r:<12} {edit_distance(a, b)}")
print(edit_distance.cache_info())

# Simulated page-replacement comparison: LRU vs FIFO.
refs = [7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2, 1, 2, 0, 1, 7, 0, 1]
for frames in (3, 4):
    lru, faults = LRUCache(frames), 0
    for p in refs:
        if p not in lru:
            faults += 1
        lru[p] = True
    fifo, fifo_faults = [], 0
    for p in refs:
        if p not in fifo:
            fifo_faults += 1
            fifo.append(p)
            if len(fifo) > frames:
                fifo.pop(0)
    print(f"frames={frames}: LRU faults={faults}, FIFO faults={fifo_faults}, final={list(lru)}")
