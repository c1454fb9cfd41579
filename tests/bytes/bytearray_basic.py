a = bytearray(b'hello')
print(a, len(a), a[0], a[-1], a[1:3], bytearray(), bytearray(3), bytearray([65, 66]))
a[0] = 72
a.append(33)
a.extend(b' ok')
a.extend([10])
print(a, a.pop(), a.pop(0), a)
a.insert(0, 74)
a.remove(108)
print(a)
a[1:3] = b'XYZ'
print(a)
del a[0]
del a[::2]
print(a)
a[::2] = b'..'
print(a, list(a))
b = bytearray(b'abc')
b += b'def'
b *= 2
print(b, b + b'!', b'<' + b, b * 2 if 0 else b == b'abcdefabcdef', bytes(b))
print(b.upper(), b.find(b'c'), b.split(b'c'), b.decode(), b.hex(), b.replace(b'a', b'A'))
print(b.partition(b'd'), b'-'.join([bytearray(b'x'), b'y']), bytearray(b'q').join([b'1', b'2']))
c = b.copy()
c.reverse()
c.clear()
print(b, c, bytearray('é', 'utf-8'), b'b' in b, 99 in b, bytearray(b'x') in b)
for t in [lambda: hash(bytearray()), lambda: bytearray([256]), lambda: bytearray().pop(),
          lambda: bytearray(b'a').remove(98), lambda: bytearray('x'), lambda: a.__setitem__(0, 300),
          lambda: bytearray(b'ab')[5], lambda: bytearray(b'a').append('x')]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
for x in bytearray(b'hi'):
    print(x, end=' ')
print()
