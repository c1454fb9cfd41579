# Log processing with chained generators, yield from, send()-driven coroutines.
import sys

RAW = """\
2024-03-01 08:00:01 INFO  web   GET /index.html 200 512
2024-03-01 08:00:02 INFO  web   GET /about.html 200 1024
2024-03-01 08:00:02 WARN  db    slow query 1.25s
# comment line that should be skipped
2024-03-01 08:00:03 ERROR web   GET /missing 404 0
2024-03-01 08:00:05 INFO  web   POST /login 302 64

2024-03-01 08:01:00 INFO  auth  user=alice ok
2024-03-01 08:01:07 ERROR db    connection reset
2024-03-01 08:01:09 INFO  web   GET /index.html 200 512
2024-03-01 08:02:00 DEBUG web   cache hit ratio=0.93
2024-03-01 08:02:30 INFO  auth  user=bob fail
2024-03-01 08:03:00 WARN  web   GET /big 200 99999
garbage line
2024-03-01 08:04:00 INFO  web   GET /about.html 500 12
"""


def read_lines(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        yield lineno, line


def skip_noise(lines):
    for lineno, line in lines:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        yield lineno, stripped


class ParseError(ValueError):
    def __init__(self, lineno, line):
        super().__init__(f"line {lineno}: cannot parse {line!r}")
        self.lineno = lineno


def parse(lines, errors):
    for lineno, line in lines:
        parts = line.split(None, 4)
        if len(parts) < 5:
            errors.append(ParseError(lineno, line))
            continue
        date, time_, level, source, message = parts
        h, m, s = map(int, time_.split(":"))
        yield {"line": lineno, "t": h * 3600 + m * 60 + s, "level": level,
               "source": source, "msg": message}


def http_only(records):
    for rec in records:
        words = rec["msg"].split()
        if len(words) == 4 and words[0] in ("GET", "POST"):
            method, path, status, size = words
            yield dict(rec, method=method, path=path, status=int(status), size=int(size))


def chain(*iterables):
    for it in iterables:
        yield from it


def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count, average


def grouper(results, key):
    while True:
        results[key] = yield from averager()


def counter_coroutine():
    counts = {}
    try:
        while True:
            key = yield
            counts[key] = counts.get(key, 0) + 1
    except GeneratorExit:
        print("counter closing with", sorted(counts.items()))
        raise


errors = []
records = list(parse(skip_noise(read_lines(RAW)), errors))
print(len(records), "records;", len(errors), "errors")
for e in errors:
    print("  ", e, "| lineno =", e.lineno, "| isinstance ValueError:", isinstance(e, ValueError))

by_level = {}
for rec in records:
    by_level.setdefault(rec["level"], []).append(rec["line"])
for level in sorted(by_level, key=lambda k: (-len(by_level[k]), k)):
    print(f"{level:<6}{len(by_level[level]):>3}  lines={by_level[level]}")

hits = list(http_only(iter(records)))
print("http:", [(h["method"], h["path"], h["status"]) for h in hits])
print("bytes served:", sum(h["size"] for h in hits if 200 <= h["status"] < 300))
print("error rate: {:.1%}".format(sum(h["status"] >= 400 for h in hits) / len(hits)))
paths = {}
for h in hits:
    paths[h["path"]] = paths.get(h["path"], 0) + 1
print("top paths:", sorted(paths.items(), key=lambda kv: (-kv[1], kv[0]))[:3])

# Coroutine accumulators driven by send().
results = {}
for src in ("web", "db", "auth"):
    group = grouper(results, src)
    next(group)
    for rec in records:
        if rec["source"] == src:
            group.send(rec["t"] % 60)
    group.send(None)
print("avg second by source:", {k: (n, round(v, 3)) for k, (n, v) in results.items()})

avg = averager()
print(next(avg), avg.send(10), avg.send(20), avg.send(3))
try:
    avg.send(None)
except StopIteration as stop:
    print("averager returned", stop.value)

cc = counter_coroutine()
next(cc)
for rec in records:
    cc.send(rec["source"])
cc.close()
print("closed state:", cc.gi_frame is None)

# Gaps between consecutive records, with a sliding window generator.
def window(iterable, n):
    buf = []
    for x in iterable:
        buf.append(x)
        if len(buf) > n:
            del buf[0]
        if len(buf) == n:
            yield tuple(buf)

gaps = [b["t"] - a["t"] for a, b in window(records, 2)]
print("gaps:", gaps, "max gap at", max(range(len(gaps)), key=gaps.__getitem__))
print("flatten:", list(flatten([1, [2, (3, [4, 5])], [], [[6]], 7])))
print("chain:", list(chain("ab", range(3), (x * x for x in range(3)))))

# Generator early exit with try/finally cleanup.
def numbered(seq):
    try:
        for i, x in enumerate(seq):
            yield i, x
    finally:
        print("numbered: cleanup")

for i, x in numbered("hello"):
    if x == "l":
        print("stop at", i)
        break

# throw() into a generator.
def resilient():
    while True:
        try:
            x = yield
            print("got", x)
        except KeyError as e:
            print("handled KeyError", e)

r = resilient()
next(r)
r.send(1)
r.throw(KeyError("k"))
r.send(2)
try:
    r.throw(IndexError, "bad index")
except IndexError as e:
    print("propagated", repr(e))

g = (x for x in range(3))
print(list(g), list(g), sys.getrecursionlimit() > 100)
