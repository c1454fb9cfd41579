# glasspy-exp: hand
# heap.where (DESIGN §2.5): one line saying where an object lives and why.
import heap
import sys
# Floats: their own blocks of 41, like the ints.
x = 0.1 + 0.2
print(heap.where(x).startswith('float block '))
# Everything else up to 512 bytes: a pool of one size class; the size is sys.getsizeof's.
for o in [object(), (1, 2, 3), 'abc', range(7), slice(1, 2), iter([])]:
    w = heap.where(o)
    print(type(o).__name__, w.startswith('pool of %d-byte blocks in arena ' % sys.getsizeof(o)))
# Larger objects: a large allocation.
s = 'x' * 5000
print(heap.where(s) == 'large object (%d bytes)' % sys.getsizeof(s), sys.getsizeof(s))
t = tuple(range(100))
print(heap.where(t) == 'large object (%d bytes)' % sys.getsizeof(t), sys.getsizeof(t))
# Static objects live in the binary.
print(heap.where(int))
print(heap.where(bool(1)))
print(heap.where(NotImplemented))
print(heap.where(None))                 # None is a constant of every module's code
# Constants of the running code, or of the code it defines.
def f():
    return heap.where(123456)
print(f().endswith(' (constant of f code)'))
def g():
    return 654321
print(heap.where(g()).endswith(' (constant of g code)'))
print(heap.where('some constant'))    # 48-byte str header + 13 + 1: the 64-byte class
# Objects made from the environment are kept out of the heap's layout.
print(heap.where(sys.argv).startswith('outside the heap'))
print(heap.where(sys.argv[0]).startswith('outside the heap'))
