a = bytearray(range(10))
del a[::-3]
print(a)
a = bytearray(range(10))
del a[8:2:-2]
print(a)
a = bytearray(range(6))
a[::-2] = b'abc'
print(a)
a[1:1] = [1, 2, 3]
print(a)
a[:] = a
print(a)
a[2:4] = bytearray()
print(a, a.__sizeof__() > 0)
try:
    a[::2] = b'x'
except ValueError as e:
    print(e)
try:
    a[0:1] = 5
except TypeError as e:
    print(e)
print(bytearray(b'ab') == bytearray(b'ab'), bytearray(b'a') < b'b', b'a' == bytearray(b'a'))
