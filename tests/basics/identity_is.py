# is / is not on shared and distinct objects.
a = []
b = []
c = a
print(a is b, a is c, a is not b, a == b)
print(None is None, True is True)
x = 5
y = 5
print(x is y)
s = 'hello'
t = s
print(s is t)
l1 = [1, 2]
l2 = l1
l2 = l2 + [3]
print(l1 is l2, l1, l2)
d = {}
e = d
print(d is e, id(d) == id(e), id(d) == id(b))
e1 = ()
e2 = ()
print(e1 is e2)
print(type(1) is int, type('') is str, type([]) is list)
