# str() and repr() side by side.
for v in (0, -12, 'text', "it's", '', None, True, [1, 'a'], (1,), {'k': 'v'}, range(2, 5)):
    print(str(v), '|', repr(v))
print(repr(7 / 2), str(1 / 3))
print(repr(repr('x')), str(repr(1)))
print(repr(str), repr(len))
