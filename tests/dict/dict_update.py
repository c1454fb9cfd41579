# update() from dicts, pairs and keyword arguments.
d = {'a': 1, 'b': 2}
d.update({'b': 20, 'c': 30})
print(d)
d.update([('d', 4), ('a', 10)])
print(d)
d.update(e=5, a=100)
print(d)
d.update({})
d.update()
print(d)
other = {'x': 1}
other.update(d)
print(other)
print(d.update({'z': 0}))
d.update((('t', 1),))
print(d)
try:
    d.update([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    d.update(5)
except TypeError as e:
    print('TypeError:', e)
