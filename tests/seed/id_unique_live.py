# glasspy-exp: hand
# The second seed: no two objects have the same id while their lifetimes overlap — across
# ints, floats, pool objects and large objects alike.
n = 1000000
objs = []
for i in range(600):
    objs.append(n + i)
    objs.append(float(i) + 0.5)
    objs.append(object())
    objs.append(str(i) * 3)
    objs.append([i])
    objs.append((i, i))
for i in range(20):
    objs.append('x' * (600 + i))
    objs.append(list(range(100 + i)))
ids = {}
for o in objs:
    ids[id(o)] = o
print(len(objs), len(ids) == len(objs))
