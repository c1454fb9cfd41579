# Indexing and slicing tuples.
t = (10, 20, 30, 40, 50)
print(t[0], t[-1], t[2], t[-5])
print(t[1:3], t[:2], t[3:], t[:], t[-2:], t[4:1], t[10:])
print(t[:] is t or t[:] == t, type(t[1:2]))
try:
    t[5]
except IndexError as e:
    print('IndexError:', e)
try:
    t['0']
except TypeError as e:
    print('TypeError:', e)
nested = ((1, 2), (3, 4))
print(nested[1][0], nested[0][-1])
