# glasspy-exp: hand
# The tutorial: assignment binds a name and never copies.
n = 300
m = n
print(m, id(m) == id(n), m is n)
m = 400
print(m, n, id(m) == id(n))
m = 300
n = 300
print(id(m) == id(n))
m = 30
n = 30
print(id(m) == id(n))
k = n
n = n + 1000
print(k, n, id(k) == id(n))
