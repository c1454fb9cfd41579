# Equal keys of different types are one key: 1, 1/1 and True.
d = {1: 'int'}
d[True] = 'bool'
print(d)
d[1 / 1] = 'float'
print(d, len(d))
e = {True: 'first'}
e[1] = 'second'
print(e)
f = {0: 'zero', False: 'false', '': 'empty', (): 'tuple', None: 'none'}
print(f, len(f))
g = {}
g[-1] = 'a'
g[-2] = 'b'
print(g[-1], g[-2])
h = {}
for i in range(-300, 300, 7):
    h[i] = i
ok = True
for i in range(-300, 300, 7):
    if h[i] != i:
        ok = False
print(ok, len(h))
s = {}
for w in 'the quick brown fox jumps over the lazy dog'.split():
    s[w] = len(w)
print(s)
print(s['the'], s['quick'], 'cat' in s)
