# examples/seeds.py — the examples of glasspy's two seed documents, in Python 3 syntax.
#
# The seeds (see DESIGN.md and the seeds/ directory it refers to) are a question about where
# small ints live in memory and a tutorial on names, objects and identity. glasspy's object
# model reproduces what they show: 24-byte int objects, the ints -5..256 created at start-up
# in blocks of 41, ids that are addresses. Run it with `make run` or `build/glasspy
# examples/seeds.py`. With --fixed-heap the addresses themselves are
# the first seed's (id(0) == 4297074752). Under python3 the numbers differ: CPython's ints
# are 28 bytes and laid out differently.
import sys


def section(title):
    print()
    print('== ' + title)


section('Names are references to objects: x = y = 0')
x = y = 0
print('id(0) =', id(0))
print('id(x) =', id(x))
print('id(y) =', id(y))
print('x is y:', x is y, '(one object, two names)')
x += 1
print('after x += 1: id(x) =', id(x), 'and y is still', y)
print('id(0) - id(1) =', id(0) - id(1))
print('x now names the cached 1, which sits just below the cached 0.')

section('The stride: N - id(i) for i in range(5)')
N = id(0)
for i in range(5):
    print(i, N - id(i))
print('bin(24) =', bin(24))
print('Each int object is 24 bytes, and the start-up ints are handed out downwards.')

section('sys.getsizeof(1)')
print(sys.getsizeof(1))
print('8 bytes each for the reference count, the type pointer and the value.')

section('Where the difference between id(i-1) and id(i) changes, for i in range(270)')
prev = 0
for i in range(270):
    t = (id(i-1), id(i))
    diff = t[0] - t[1]
    if diff != prev:
        print(i-1, i, t, diff)
        prev = diff
print('Ints come from blocks of 41 slots (992 bytes with the link to the previous block).')
print('A block is used from its highest slot down, so inside a block the difference is 24;')
print('every 41 ints the next block begins, 1952 bytes higher. -5..256 are made at start-up')
print('and kept; from 257 on, each int is made when computed, so the rest of the table')
print('depends on what the program has allocated, as it did in the seed.')

section('Small ints are shared, others are made when computed')
print('id(2) == id(1+1):', id(2) == id(1+1))
print('id(1000) == id(1000+0):', id(1000) == id(1000+0))
print('id(1000) == id(1000):', id(1000) == id(1000))
print('The two 1000 literals of one compiled unit are one constant object; 1000+0 is')
print('another (glasspy never merges a folded constant with a literal; CPython 3.11 does).')
for n in range(1000):
    if id(n) != id(n+0):
        print('the first n with id(n) != id(n+0):', n)
        break

section('The tutorial: assignment binds, never copies')
print(300)
n = 300
m = n
print('m = n:', m, '-> id(m) == id(n):', id(m) == id(n))
m = 400
print('m = 400 -> id(m) == id(n):', id(m) == id(n))
print('Nothing refers to an object once its last name is rebound; it is freed at once')
print('and its id can be handed out again.')

m = 300
n = 300
print('m = 300; n = 300 in one file -> id(m) == id(n):', id(m) == id(n))
print('(one compiled unit shares equal constants; the tutorial typed them as two REPL')
print('inputs, two units, and got two objects - so do ints made at run time:)')
m = int('300')
n = int('300')
print("m = int('300'); n = int('300') -> id(m) == id(n):", id(m) == id(n))

m = 30
n = 30
print('m = 30; n = 30 -> id(m) == id(n):', id(m) == id(n))
m = int('30')
print("m = int('30') -> id(m) == id(n):", id(m) == id(n))
print('Ints in [-5, 256] are created at start-up and reused, however they are made.')
