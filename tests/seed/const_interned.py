# glasspy-exp: hand
# DESIGN §1: identifier-like string constants are interned ('abc' is 'abc' within a unit),
# and equal string constants of one unit are one object.
a = 'abc'
b = 'abc'
print(a is b)
def f():
    return 'abc'
print(f() is a)
c = 'hello world!'
d = 'hello world!'
print(c is d)                        # one unit: one constant
# An identifier-like string made at run time is not interned; the constant is.
e = ''.join(['a', 'b', 'c'])
print(e == a, e is a)
import sys
print(sys.intern(e) is a)
# Variable names are interned too: a global's key is the constant with the same text.
some_name = 1
print([k for k in globals() if k == 'some_name'][0] is 'some_name')
