# isinstance() with one type or a tuple of types.
print(isinstance(1, int), isinstance('1', int), isinstance('1', str))
print(isinstance(True, bool), isinstance(True, int), isinstance(1, bool))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, int), isinstance(range(1), range))
print(isinstance(1, (str, int)), isinstance(1, (str, list)), isinstance('x', ()))
print(isinstance(7 / 2, int), isinstance(len, int))
def f():
    pass
for v in (0, 'zero', [0], (0,), {0: 0}, None, False):
    if isinstance(v, bool):
        kind = 'bool'
    elif isinstance(v, int):
        kind = 'int'
    elif isinstance(v, (list, tuple)):
        kind = 'sequence'
    elif isinstance(v, str):
        kind = 'str'
    else:
        kind = 'other'
    print(repr(v), kind)
try:
    isinstance(1, 2)
except TypeError as e:
    print('TypeError:', e)
