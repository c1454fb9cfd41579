# glasspy-exp: hand
# DESIGN §2.2: an object is freed the moment its count reaches zero — a reassigned name
# drops its old object at once, `del` at once, a temporary as soon as it is consumed — and
# the next int allocated takes the freed slot (LIFO), so it gets the freed object's id.
n = 1000000
x = n + 1
a = id(x)
x = n + 2               # n + 2 is made while x still holds n + 1: another slot
print(id(x) == a)
y = n + 3               # n + 1 was freed when x was rebound: y takes its slot
print(id(y) == a)
b = id(y)
del y                   # freed at once
z = n + 4
print(id(z) == b)
# A temporary dies as soon as id() has looked at it, so the next one reuses its slot.
print(id(n + 5) == id(n + 6))
# While the first is kept alive, the second cannot reuse its slot.
keep = n + 5
print(id(keep) == id(n + 6))
# A value that lives on in a container is not freed by rebinding the name.
l = [n + 7]
w = l[0]
c = id(w)
w = None
v = n + 8
print(id(v) == c, l[0] == n + 7)
