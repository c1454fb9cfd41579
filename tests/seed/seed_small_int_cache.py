# glasspy-exp: hand
# Ints in [-5, 256] are created at start-up and shared; others are made when computed.
a = 256
b = 255 + 1
print(a is b)
a = 257
b = 256 + 1
print(a is b)
c = 256
d = c + 0
print(c is d)
c = 257
d = c + 0
print(c is d)
x = -4
y = x - 1
z = x - 1
print(y is z)
x = -5
y = x - 1
z = x - 1
print(y is z)
shared = 0
for i in range(-5, 257):
    if i + 0 is not i:
        shared += 1
print(shared)
fresh = 0
for i in range(257, 300):
    if i + 0 is not i:
        fresh += 1
print(fresh)
