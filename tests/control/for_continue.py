# continue in for and while loops.
for i in range(10):
    if i % 3 == 0:
        continue
    print(i, end=' ')
print()
evens = []
for i in range(10):
    if i % 2:
        continue
    evens.append(i)
print(evens)
i = 0
out = []
while i < 10:
    i += 1
    if i in (3, 5, 7):
        continue
    out.append(i)
print(out)
for word in ['keep', 'skip', 'keep too']:
    if word == 'skip':
        continue
    print(word)
else:
    print('else still runs')
