b = b'hello world'
print(b[0], b[-1], b[4], b[1:4], b[::-1], b[::2], b[-3:], b[:0], b[100:])
print(b[1:9:3], b[10:2:-2])
for i in b'abc':
    print(i, end=' ')
print()
print(list(b'xyz'), tuple(b'\x00\xff'), sum(b'\x01\x02'))
try:
    b[20]
except IndexError as e:
    print('IndexError', e)
try:
    b['x']
except TypeError as e:
    print('TypeError', e)
it = iter(b'ab')
print(it.__length_hint__(), next(it), it.__length_hint__(), type(it).__name__)
print(b[True], b[-11])
