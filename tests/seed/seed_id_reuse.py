# glasspy-exp: hand
# A freed int's slot (and so its id) is handed out next (DESIGN §2.2).
n = 1000000
x = n + 1
a = id(x)
del x
y = n + 3
print(id(y) == a)
z = n + 5
print(id(z) == a)
z = n + 7
print(id(z) == a)
