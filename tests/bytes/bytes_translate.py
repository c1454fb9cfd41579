t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], b'aabbcc-d'.translate(t), b'hello'.translate(None, b'l'))
print(b'abcabc'.translate(t, b'b'), b'abc'.translate(None), b'x'.maketrans(b'', b'')[:3])
print(bytearray(b'cab').translate(t), b'abc'.translate(t, delete=b'a'))
for f in [lambda: b'a'.translate(b'short'), lambda: bytes.maketrans(b'ab', b'c'),
          lambda: bytes.maketrans('a', 'b'), lambda: b'a'.translate()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
