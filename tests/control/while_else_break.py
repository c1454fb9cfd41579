# while ... else runs only when the loop was not broken.
def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print('found', target, 'at', i)
            break
        i += 1
    else:
        print(target, 'not found')

find([4, 5, 6], 5)
find([4, 5, 6], 7)
find([], 1)
i = 0
while i < 3:
    i += 1
    if i == 2:
        continue
    print('i =', i)
else:
    print('loop finished, i =', i)
n = 0
while n < 100:
    n += 1
    if n * n > 50:
        break
print(n)
