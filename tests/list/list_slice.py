# Simple slices of lists make new lists.
l = [0, 1, 2, 3, 4, 5, 6, 7]
print(l[2:5], l[:3], l[5:], l[-3:], l[:-3], l[-5:-2])
print(l[5:2], l[100:], l[:0], l[-100:2])
c = l[:]
print(c == l, c is l)
c.append(8)
print(len(l), len(c))
print(l[:3] + l[3:] == l)
print(l[1:2], l[-1:])
empty = []
print(empty[:], empty[1:5])
nested = [[1, 2], [3, 4]]
copy = nested[:]
copy[0].append(99)
print(nested)
