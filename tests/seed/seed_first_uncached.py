# glasspy-exp: hand
# The first seed's answer #1: the first n whose n+0 is a new object is 257.
for n in range(1000):
    if id(n) != id(n+0):
        print(n)
        break
