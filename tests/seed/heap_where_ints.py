# glasspy-exp: hand
# heap.where on ints (DESIGN §2.3, §2.5): the small-int cache is the first thing the int
# allocator serves, so value v sits in block (v+5) // 41, slot 40 - (v+5) % 41 (slots
# numbered from the lowest address); ints made at run time come from the following slots.
import heap
bad = 0
for v in range(-5, 257):
    want = 'small-int cache: block %d, slot %d of 41' % ((v + 5) // 41, 40 - (v + 5) % 41)
    if not heap.where(v).startswith(want):
        bad += 1
print('cache positions that differ from the formula:', bad)
print(heap.where(-5))
print(heap.where(0))
print(heap.where(35))
print(heap.where(36))
print(heap.where(256))
# The seed's numbers, relatively: the table's 35 36 and 240 241 jumps.
print(id(35) - id(36), id(240) - id(241), id(0) - id(1))
# A fresh int comes from an int block, not the cache; the next one from the slot below
# (once the ints freed so far, which are handed out first, are used up).
n = 1000000
drain = []
for i in range(100):
    drain.append(n + i)
a = n + 1
b = n + 2
wa = heap.where(a)
wb = heap.where(b)
print(wa.startswith('int block '), 'cache' in wa)
def place(w):
    block, slot = w[len('int block '):].split(', slot ')
    return int(block), int(slot)
ba, sa = place(wa)
bb, sb = place(wb)
print((bb, sb) == (ba, sa - 1) or (sa == 0 and (bb, sb) == (ba + 1, 40)))
print(id(a) - id(b) == 24 or id(b) - id(a) == 1952)
# A constant of the running code says so.
print(heap.where(n).endswith(' (constant of <module> code)'))
