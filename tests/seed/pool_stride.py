# glasspy-exp: hand
# DESIGN §2.4: objects other than ints and floats come from pools of one size class (4 KiB
# pools of 48-byte header + blocks). Blocks never used are handed out in address order, so
# objects made one after another sit one block apart; a freed block is handed out next.
import sys
print(sys.getsizeof(object()))
drain = []
for i in range(300):                 # use up the blocks freed so far
    drain.append(object())
objs = []
for i in range(300):
    objs.append(object())
steps = 0
for k in range(1, len(objs)):
    if id(objs[k]) - id(objs[k - 1]) == 16:
        steps += 1
print(steps >= 297)                  # a pool holds (4096 - 48) // 16 = 253 of them
a = objs[150]
freed = id(a)
objs[150] = None
del a                                # the last reference: freed now
b = object()
print(id(b) == freed)
# Tuples of one length share a class too: 3 items + the 24-byte header = 48 bytes.
ts = []
for i in range(100):
    ts.append((i, i, i))
steps = 0
for k in range(1, len(ts)):
    if id(ts[k]) - id(ts[k - 1]) == 48:
        steps += 1
print(sys.getsizeof(ts[0]), steps >= 90)
