# Dict displays and their repr.
print({})
print({'a': 1, 'b': 2})
print({1: 'one', 'two': 2, (3,): [3], None: None, True: False})
print({'nested': {'x': [1, {'y': ()}]}})
d = {'k': 'v',
     'k2': "it's"}
print(d, type(d), len(d))
print({'dup': 1, 'dup': 2, 'other': 3, 'dup': 4})
print(repr({'a': 'b'}), str({1: 2}))
