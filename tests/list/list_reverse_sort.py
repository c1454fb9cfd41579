# reverse() and sort() (no key).
l = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
l.sort()
print(l)
l.reverse()
print(l)
l.sort(reverse=True)
print(l)
words = ['pear', 'apple', 'fig', 'Banana', 'apple']
words.sort()
print(words)
e = []
e.sort()
e.reverse()
print(e)
print([2, 1].sort(), [1].reverse())
neg = [-3, 10, -1, 0, 7, -10]
neg.sort()
print(neg)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
pairs.sort()
print(pairs)
nested = [[3], [1, 2], [1], []]
nested.sort()
print(nested)
try:
    [1, 'a'].sort()
except TypeError as ex:
    print('TypeError:', ex)
big = [9223372036854775807, -9223372036854775807, 0]
big.sort()
print(big)
many = []
n = 7
for i in range(50):
    n = (n * 31 + 11) % 97
    many.append(n)
many.sort()
print(many)
