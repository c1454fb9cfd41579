print({1, 2}, set(), frozenset(), frozenset({1, 2}), repr(frozenset('a')))
print(str({'a'}), [{1}, frozenset({2})], {frozenset({1}): set()})
print({(1, 2), 'x', 2.5})
print(frozenset({frozenset({1}), frozenset()}))
