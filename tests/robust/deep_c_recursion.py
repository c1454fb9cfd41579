# glasspy-exp: hand — with the recursion limit raised far past what the C stack holds,
# C-level recursion (repr/str of deeply nested containers, chains of map/filter/
# enumerate iterators) raises RecursionError where CPython 3.11 overflows its C stack.
# (zip chains are guarded too, but a zip level takes so little C stack in an optimised
# build that 100,000 of them fit: not tested here.)
import sys
sys.setrecursionlimit(100000)

x = []
for i in range(100000):
    x = [x]
try:
    str(x)
except RecursionError as e:
    print("list RecursionError", e)
t = ()
for i in range(100000):
    t = (t,)
try:
    hash(t)
except RecursionError:
    print("tuple hash RecursionError")

def chain(name):
    it = iter([1])
    if name == "map":
        for i in range(100000):
            it = map(abs, it)
    elif name == "filter":
        for i in range(100000):
            it = filter(None, it)
    elif name == "zip":
        for i in range(100000):
            it = zip(it)
    else:
        for i in range(100000):
            it = enumerate(it)
    return it

for name in ("map", "filter", "enumerate"):
    try:
        next(chain(name))
    except RecursionError as e:
        print(name, "RecursionError", e)

# Shallow chains still work after the errors.
print(list(map(abs, map(abs, [-1, -2]))), list(zip(zip([1, 2]))), repr([[[]]]))
del x, t
print("freed")
