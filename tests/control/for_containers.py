# for over strings, lists, tuples, dicts and ranges.
for ch in 'hi!':
    print(ch)
for item in [1, 'two', [3]]:
    print(item)
for item in (None, True):
    print(item)
for key in {'b': 1, 'a': 2}:
    print(key)
for pair in {'x': 1}.items():
    print(pair)
l = [1, 2, 3]
for x in l:
    x *= 10
print(l)
for row in [[1, 2], [3, 4]]:
    for v in row:
        print(v, end=',')
print()
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for a, (b, c) in [(1, (2, 3))]:
    print(a, b, c)
for s in 'a b c'.split():
    print(s.upper(), end='')
print()
