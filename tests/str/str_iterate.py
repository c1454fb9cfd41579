# Iterating over a string and building strings.
for ch in 'abc':
    print(ch)
count = 0
for ch in 'hello world':
    if ch == 'o':
        count += 1
print(count)
rev = ''
for ch in 'stressed':
    rev = ch + rev
print(rev)
out = ''
for i in range(5):
    out += str(i)
print(out, len(out))
for ch in '':
    print('never')
print(len('hello'), len(''), len('a b'))
