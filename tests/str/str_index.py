# Indexing strings.
s = 'python'
print(s[0], s[1], s[5], s[-1], s[-6], s[len(s) - 1])
for i in range(-6, 6):
    print(i, s[i])
print(type(s[0]), len(s[0]))
print('abc'[1], 'x'[0], 'x'[-1])
for i in (6, -7, 100):
    try:
        s[i]
    except IndexError as e:
        print(i, 'IndexError:', e)
try:
    s['1']
except TypeError as e:
    print('TypeError:', e)
print(s[True], s[False])
