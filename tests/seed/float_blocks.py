# glasspy-exp: hand
# DESIGN §2.3: floats are 24-byte objects with their own blocks and free list, in their own
# region, so making floats between ints leaves the ints' pattern intact: a stride of -24
# inside a block of 41 and a jump of +1952 to the next block.
import sys
print(sys.getsizeof(1.5))
n = 1000000
drain_i = []
drain_f = []
for i in range(100):                 # use up slots freed so far (they are handed out first)
    drain_i.append(n + i)
    drain_f.append(i + 0.25)
ints = []
floats = []
k = n
for a in range(15):                  # (loop counters stay below 257: no ints of their own)
    for b in range(20):
        k = k + 1
        ints.append(k)
        floats.append(b + 0.5)
def pattern(objs):
    stride = jump = other = 0
    for k in range(1, len(objs)):
        d = id(objs[k]) - id(objs[k - 1])
        if d == -24:
            stride += 1
        elif d == 1952:
            jump += 1
        else:
            other += 1
    return stride + jump, jump in (7, 8), other
print(pattern(ints))
print(pattern(floats))
# The two kinds never share a block.
lo_i = hi_i = id(ints[0])
for o in ints:
    lo_i = min(lo_i, id(o))
    hi_i = max(hi_i, id(o))
apart = True
for f in floats:
    if lo_i <= id(f) <= hi_i:
        apart = False
print(apart)
