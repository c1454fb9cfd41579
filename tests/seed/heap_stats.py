# glasspy-exp: hand
# heap.stats() (DESIGN §2.5): live objects and bytes per type and per allocator. It counts
# before it builds its result, so two calls differ by exactly what was made in between
# (and the one number kept from the first call).
import heap
s = heap.stats()
print(sorted(s))
print(s['fixed_heap'], s['int_blocks'] >= 7, s['arenas'] >= 1, s['pools'] >= 1)
# The totals agree with both breakdowns.
def total(d):
    n = 0
    b = 0
    for k in d:
        n += d[k][0]
        b += d[k][1]
    return n, b
print(total(s['by_type']) == (s['objects'], s['bytes']))
print(total(s['by_allocator']) == (s['objects'], s['bytes']))
print(s['by_type']['int'][1] == 24 * s['by_type']['int'][0])
del s

def count(kind, key):
    return heap.stats()[kind].get(key, (0, 0))[0]

n = 1000000
c0 = count('by_type', 'int')
ints = []
for i in range(100):
    ints.append(n + i)
c1 = count('by_type', 'int')
print('ints', c1 - c0)               # 100, and c0 itself

c0 = count('by_allocator', 'float blocks')
floats = []
for i in range(30):
    floats.append(i + 0.5)
print('floats', count('by_allocator', 'float blocks') - c0)

c0 = count('by_type', 'object')
objs = []
for i in range(50):
    objs.append(object())
print('objects', count('by_type', 'object') - c0)
c0 = count('by_allocator', 'pool 16')
objs.append(object())
print('pool 16', count('by_allocator', 'pool 16') - c0)

c0 = heap.stats()['by_allocator']['large']
big = 'y' * 10000
c1 = heap.stats()['by_allocator']['large']
print('large', c1[0] - c0[0], c1[1] - c0[1])
del big
print('large after del', heap.stats()['by_allocator']['large'] == c0)
