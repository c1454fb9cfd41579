# Assigning to list items.
l = [0, 0, 0]
l[0] = 'a'
l[-1] = 'c'
l[1] = [1, 2]
print(l)
l[1][0] = 'x'
print(l)
for i in range(len(l)):
    l[i] = i * i
print(l)
try:
    l[3] = 'out'
except IndexError as e:
    print('IndexError:', e)
try:
    l[-4] = 'out'
except IndexError as e:
    print('IndexError:', e)
try:
    l['0'] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    print(l[1 / 2])
except TypeError as e:
    print('TypeError:', e)
print(l[True], l[-3])
