# glasspy-exp: hand
# DESIGN §1: the compiler folds what CPython 3.11 folds, and deduplicates constants by
# (type, value, origin): two equal folds merge with each other, never with a literal.
a = -1000
b = -1000
print(a is b)                        # unary minus on a literal: the same origin twice
print((1, 2) is (1, 2))              # tuples of constants are folded and shared
print(id(1000) == id(1000 + 0))      # the seed's answer #0: False (CPython 3.11: True)
print(1000 + 0 is 1000 + 0)          # two equal folds: one object
print(id(1000) == id(1000))
c = 1000 + 0
d = 999 + 1
print(c is d, c is 1000)
print(2 ** 10 is 2 ** 10, 2 ** 10 is 1024)
print((0 - 1000) is -1000)           # a fold of a binary operation vs a unary minus
e = 1000
print(e + 0 is 1000 + 0)             # run-time arithmetic makes a new object
# What folds: arithmetic on constants, unary minus, tuples of constants, subscripts.
def f():
    return 6 * 7000
def g():
    return 42000 + 0
print(f() is g())
print((-1000, 2) is (-1000, 2))
print('abc'[1] is 'b', ('x', 'y')[0] is 'x')
# Small results are the cached ints whatever their origin.
print(100 + 1 is 101, -5 is 0 - 5)
