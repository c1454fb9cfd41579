# Equal constants in one compiled unit are one object (CPython 3.11 agrees).
a = 1000
b = 1000
print(a is b)

def f():
    return 1000

print(f() is a)
s = 'hello'
t = 'hello'
print(s is t)
u = (1, 2)
v = (1, 2)
print(u is v)
n = -1000
m = -1000
print(n is m)
big = 1000
print(big + 0 is big)
