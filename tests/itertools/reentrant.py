# itertools: iterators re-entered from the code they call (no crash, CPython's results).
from itertools import *
done = False
def f(x):
    global done
    if not done:
        done = True
        print('inner', list(c))
    return x
c = chain(map(f, [1, 2]), [3])
print(list(c))
done = False
c = islice(map(f, [1, 2, 3]), 5)
print(list(c))
done = False
c = pairwise(map(f, [1, 2, 3]))
print(list(c))
done = False
c = zip_longest(map(f, [1, 2, 3]), [1])
print(list(c))
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        global done
        if not done:
            done = True
            print('inner', [k.v for k, _ in g])
        return self.v == o.v
done = True
g = groupby([K(1), K(1), K(2), K(3)])
done = False
print([k.v for k, _ in g])
def acc(a, b):
    global done
    if not done:
        done = True
        print('inner', list(ac))
    return a + b
done = False
ac = accumulate([1, 2, 3, 4], acc)
print(list(ac))
