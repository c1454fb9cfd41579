class B(bytes):
    pass
b = B(b'xy')
print(b, type(b).__name__, b + b'z', type(b + b'z').__name__, b[0], b.upper(), b == b'xy')
print(hash(b) == hash(b'xy'), isinstance(b, bytes), B(), B(3), B('é', 'utf-8'), len(B([1, 2])))
class BA(bytearray):
    pass
x = BA(b'ab')
x.append(99)
print(x, type(x).__name__, len(x), x == b'abc', BA())
