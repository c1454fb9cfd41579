# Tuple displays and their repr.
print(())
print((1,))
print((1, 2, 3))
t = 4, 5
print(t, type(t))
print((1, (2, (3,)), ()), ((),))
print(('a', "b'c"), (None, True))
print(repr((1,)), str(()), len((1, 2)), len(()))
single = 'x',
print(single, len(single))
print((1), (1,) == (1))
print(type(()), type((1,)) is type(()))
