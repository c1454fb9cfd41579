# Tuples cannot be changed, but their items can be mutable.
t = (1, [2, 3], 'x')
try:
    t[0] = 99
except TypeError as e:
    print('TypeError:', e)
try:
    del t[0]
except TypeError as e:
    print('TypeError:', e)
try:
    t.append(4)
except AttributeError as e:
    print('AttributeError:', e)
t[1].append(4)
print(t)
u = t
t += ('more',)
print(u, t, u is t)
