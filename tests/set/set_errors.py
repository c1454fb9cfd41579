tests = [
    lambda: {[1]},
    lambda: {{1}},
    lambda: set([[1]]),
    lambda: hash({1}),
    lambda: {1}.remove(5),
    lambda: set(1),
    lambda: set(1, 2),
    lambda: set(x=1),
    lambda: {1} + {2},
    lambda: {1}.add(),
    lambda: {1}.add(1, 2),
    lambda: frozenset(1),
    lambda: {1}.union(1),
    lambda: {1} < 3,
    lambda: {1: 2}[{1}],
    lambda: frozenset([1]).add(2),
    lambda: set().update([[1]]),
    lambda: {1}.remove((1, 2)),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(e)
