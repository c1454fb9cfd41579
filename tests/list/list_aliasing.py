# Names refer to one list; slicing or + make new ones.
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b)
c = a[:]
c.append(5)
print(a, c, a is c, a == c[:4])
d = a + []
print(d == a, d is a)
def mutate(lst):
    lst.append('mutated')
mutate(a)
print(b)
def rebind(lst):
    lst = ['new']
    return lst
print(rebind(a), a)
outer = [[]] * 3
outer[0].append('shared')
print(outer)
print(id(a) == id(b), id(a) == id(c))
