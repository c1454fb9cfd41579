s = set(range(100))
for i in range(0, 100, 3):
    s.discard(i)
print(s.pop(), s.pop(), s.pop())
print([s.pop() for _ in range(10)])
f = {'a', 'b', 'c', 'd'}
out = []
while f:
    out.append(f.pop())
print(sorted(out), f)
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
