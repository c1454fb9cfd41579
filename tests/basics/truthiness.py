# What counts as true.
values = [0, 1, -1, '', 'a', ' ', [], [0], (), (0,), {}, {0: 0}, None, True, False,
          range(0), range(1), 7 / 2, 0 / 1]
for v in values:
    if v:
        print(repr(v), 'true')
    else:
        print(repr(v), 'false')
print(bool(0), bool(42), bool(''), bool('0'), bool([]), bool([[]]))
print(not 0, not 'x', not [])
