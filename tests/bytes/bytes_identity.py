e = b''
a = b'a'
print(bytes() is e, e.strip() is e, b'abc'[0:0] is e, bytes(0) is e, a * 0 is e)
print(b'xa'[1:] is a, bytes([97]) is a, 'a'.encode() is a, b'abc'[:1] is a, bytes.fromhex('61') is a)
x = b'hello'
print(x[:] is x, x + b'' is x, x * 1 is x, bytes(x) is x, x.strip() is x)
print(frozenset() is frozenset(), frozenset(x) is frozenset(x))
f = frozenset(x)
print(frozenset(f) is f, f.copy() is f)
