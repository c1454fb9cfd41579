# glasspy-exp: hand — sizes of big ints (glasspy's own: 40 bytes plus 8 per allocated limb)
# and results too large to compute, refused up front (MemoryError) where CPython would
# grind for hours first.
import sys
print(sys.getsizeof(0), sys.getsizeof(2**63 - 1), sys.getsizeof(-(2**63) + 1))
print(sys.getsizeof(2**63), sys.getsizeof(-(2**63)), sys.getsizeof(2**64 - 1))
print(sys.getsizeof(2**64), sys.getsizeof(2**127), sys.getsizeof(2**128))
print(sys.getsizeof(2**6400 - 1), sys.getsizeof(1 << 10**6))
print((2**100).__sizeof__(), (5).__sizeof__(), True.__sizeof__())
x = 2**64
y = x + 1
print(sys.getsizeof(y), sys.getsizeof(y - x), sys.getsizeof(y * y))

def show(f):
    try:
        r = f()
    except MemoryError:
        print("MemoryError")
    else:
        print(r)

show(lambda: 2 ** (2**62))
show(lambda: 3 ** (2**63))
show(lambda: (2**100) ** (2**60))
show(lambda: 10 ** (10**19))
show(lambda: (-5) ** (2**70))
show(lambda: 1 << (2**62))
show(lambda: (2 ** 64) ** 0 + (-1) ** (2**70) + 0 ** (2**70))
