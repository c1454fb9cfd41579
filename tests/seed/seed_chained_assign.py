# glasspy-exp: hand
# x = y = 0 binds both names to the one cached 0; x += 1 rebinds x to the cached 1,
# which sits 24 bytes below 0 (DESIGN §2.3).
x = y = 0
print(x is y, id(x) == id(0), id(y) == id(0))
x += 1
print(x, y, x is y)
print(id(y) - id(x))
print(id(0) - id(1))
