# IndexError messages.
for seq in ([1, 2], (1, 2), 'ab', range(2)):
    try:
        seq[2]
    except IndexError as e:
        print(type(seq).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].pop(3)
except IndexError as e:
    print(e)
try:
    l = [1]
    l[1] = 2
except IndexError as e:
    print(e)
try:
    del l[1]
except IndexError as e:
    print(e)
try:
    ''[0]
except IndexError as e:
    print(e)
print([1, 2][-2], 'ab'[-2])
