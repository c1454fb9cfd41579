# Iterating over keys(), values() and items().
d = {'one': 1, 'two': 2, 'three': 3}
for k in d.keys():
    print('key', k)
for v in d.values():
    print('value', v)
for k, v in d.items():
    print('item', k, v)
for k in d:
    print(k, d[k])
print(len(d.keys()), len(d.values()), len(d.items()))
print('one' in d.keys(), 2 in d.values(), ('two', 2) in d.items(), ('two', 3) in d.items())
total = 0
for v in d.values():
    total += v
print(total, sum(d.values()), max(d), min(d.values()))
keys = []
keys.extend(d.keys())
print(keys)
e = {}
for k in e.keys():
    print('never')
print(len(e.items()))
