print(bytes(), bytes(3), bytes(0), bytes([65, 66, 67]), bytes((1, 2)), bytes(range(5)))
print(bytes(b'xyz'), bytes('abc', 'ascii'), bytes('héllo', 'utf-8'), bytes('é', encoding='latin-1'))
print(bytes('x', 'utf8', 'strict'), bytes(iter([7, 8])), bytes({1: 2}), bytes(x for x in [1] if 0) if 0 else 1)
tests = [
    lambda: bytes('abc'),
    lambda: bytes([256]),
    lambda: bytes([-1]),
    lambda: bytes(['a']),
    lambda: bytes(-1),
    lambda: bytes(1.5),
    lambda: bytes(5, 'utf-8'),
    lambda: bytes('x', 'nope'),
    lambda: bytes(None),
    lambda: bytes([1.0]),
    lambda: bytes('x', errors='strict'),
    lambda: bytes(2, 3),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
