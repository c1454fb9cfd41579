# try inside loops, with break and continue in handlers.
data = ['1', 'two', '3', '', '5']
total = 0
for s in data:
    try:
        total += int(s)
    except ValueError:
        print('skipping', repr(s))
        continue
    print('added', s)
print(total)
i = 0
while True:
    try:
        [10, 20, 30][i]
        i += 1
    except IndexError:
        print('stopped at', i)
        break
d = {'a': 1}
for key in ['a', 'b', 'a']:
    try:
        print(key, d[key])
    except KeyError as e:
        print('no key', e)
