# glasspy-exp: hand
# The first seed's answer #0: small ints are shared, computed big ones are new objects,
# and equal literals in one compiled unit are one object. id(1000) == id(1000+0) is False in
# glasspy (a folded constant never merges with a literal), True in CPython 3.11 (DESIGN §1).
print(id(2) == id(1+1))
print(id(1000) == id(1000+0))
print(id(1000) == id(1000))
a = 1000
print(id(a) == id(a + 0))
