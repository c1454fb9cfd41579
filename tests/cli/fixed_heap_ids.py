# Helper of fixed_heap_repeat.sh: prints the ids of objects of every kind of allocation.
import heap
import sys
n = 10 ** 6
keep = [n + 1, n * 3, 2.5 * n, object(), 'text' * 3, [1, 2, 3], (n, n), {'a': n},
        'x' * 3000, list(range(500)), heap.where, len]
def f(x):
    return [x] * 100
keep.append(f)
keep.append(f(7))
for o in keep:
    print(type(o).__name__, id(o))
print('fixed_heap', heap.stats()['fixed_heap'])
print('argv', len(sys.argv))
