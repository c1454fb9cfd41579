# for over range() with one, two and three arguments.
for i in range(5):
    print(i, end=' ')
print()
for i in range(2, 6):
    print(i, end=' ')
print()
for i in range(0, 20, 5):
    print(i, end=' ')
print()
for i in range(10, 0, -3):
    print(i, end=' ')
print()
for i in range(-3, 3):
    print(i, end=' ')
print()
for i in range(0):
    print('never')
for i in range(5, 2):
    print('never')
total = 0
for i in range(1, 101):
    total += i
print(total)
for i in range(3):
    pass
print('i after loop', i)
for i in range(3):
    i = 'rebound'
print(i)
