a = b'abc'
print(a + b'def', a * 3, 2 * a, a * 0, a * -1, b'' + b'')
print(b'b' in a, 98 in a, b'' in a, b'bd' in a, 100 not in a, b'abc' in a)
print(a == b'abc', a != b'abc', a < b'abd', a <= b'ab', a > b'ab', b'' < b'\x00', a >= a)
print(a == 'abc', a != 'abc', a == [97, 98, 99])
print(len(a), bool(b''), bool(b'\x00'), max(b'hello'), min(b'hello'))
print(sorted([b'b', b'a', b'ab', b'']))
tests = [
    lambda: a + "x",
    lambda: "x" + a,
    lambda: a * "x",
    lambda: a < "x",
    lambda: "x" in a,
    lambda: 256 in a,
    lambda: -1 in a,
    lambda: a + 1,
    lambda: [1] in a,
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
