# itertools recipes and realistic pipelines.
from itertools import *

def take(n, iterable):
    return list(islice(iterable, n))

def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch

def sliding_window(iterable, n):
    its = tee(iterable, n)
    for i, t in enumerate(its):
        for _ in islice(t, i):
            pass
    return zip(*its)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def unique_justseen(iterable, key=None):
    return map(next, map(lambda kg: kg[1], groupby(iterable, key)))

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

print(list(batched('ABCDEFG', 3)))
print(list(sliding_window(range(6), 3)))
print(list(roundrobin('ABC', 'D', 'EF')))
print(list(powerset([1, 2, 3])))
print(list(grouper('ABCDEFG', 3, 'x')))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print([k for k, _ in groupby('AAAABBBCCDAABBB')], list(unique_justseen('ABBcCAD', str.lower)))

# running statistics over a stream
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
sums = accumulate(data)
print([round(s / n, 2) for n, s in enumerate(sums, 1)])
print(list(accumulate(data, max)), list(accumulate(data, min, initial=10)))
print([b - a for a, b in pairwise(data)])

# sales report: group sorted records
records = [('fruit', 'apple', 3), ('veg', 'leek', 2), ('fruit', 'pear', 5), ('veg', 'kale', 1),
           ('nuts', 'pecan', 7), ('fruit', 'fig', 4)]
records.sort(key=lambda r: r[0])
for cat, rows in groupby(records, key=lambda r: r[0]):
    rows = list(rows)
    print(cat, [r[1] for r in rows], sum(r[2] for r in rows))

# numbered lines, skipping a header and comments
lines = ['# header', '# more', 'alpha', 'beta', '# note', 'gamma']
body = dropwhile(lambda l: l.startswith('#'), lines)
print(list(zip(count(1), filterfalse(lambda l: l.startswith('#'), body))))

# a grid of coordinates and the cheapest path-ish search
grid = {(x, y): (x * 7 + y * 3) % 5 for x, y in product(range(4), repeat=2)}
print(min(permutations(range(4)), key=lambda p: sum(grid[i, p[i]] for i in range(4))))
print(sum(1 for c in combinations(range(20), 3) if sum(c) % 7 == 0))
print(take(5, (a * b for a, b in combinations_with_replacement(range(1, 5), 2))))
print(take(6, starmap(lambda a, b: a * b, zip(count(1), cycle([1, -1])))))
print(list(compress(range(20), cycle([1, 0, 0]))))
print(list(takewhile(lambda x: x < 40, map(lambda n: n * n, count()))))
print(list(chain(*repeat('ab', 3))), ''.join(chain.from_iterable(zip('abc', 'xyz'))))
# tuple reuse does not leak into results kept by the caller
kept = list(product('ab', repeat=2))
print(kept, len(set(map(id, kept))) == len(kept))
kept = [p for p in permutations('abc', 2)]
print(kept)
seen = []
for t in combinations('abcd', 2):
    seen.append(t)
print(seen)
