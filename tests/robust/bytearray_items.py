# bytearray() and its slice assignment / extend check items with bytearray's own wording;
# an error raised by the iterable itself passes through unchanged.
def g():
    yield 1
    raise ValueError("mine")

x = bytearray(b'ab')
tests = (lambda: x.__setitem__(slice(0, 0), range(250, 260)),
         lambda: x.__setitem__(slice(0, 0), [300]), lambda: x.extend([300]),
         lambda: bytearray([300]), lambda: bytes([300]), lambda: bytes(range(250, 260)),
         lambda: bytearray(range(250, 260)), lambda: x.__setitem__(slice(0, 0), iter([300])),
         lambda: x.__setitem__(slice(0, 1), [-1]), lambda: x.extend(iter([300])),
         lambda: x.__setitem__(0, 300), lambda: x.append(300), lambda: x.insert(0, -1),
         lambda: bytes(iter([256])), lambda: x.__iadd__([300]), lambda: x.__contains__(300),
         lambda: bytearray(g()), lambda: bytes(g()), lambda: x.extend(g()),
         lambda: bytearray([1.5]), lambda: bytearray([2**70]), lambda: bytearray(5),
         lambda: bytearray('ab', 'ascii'), lambda: bytearray(b'xy'), lambda: bytearray([1, 2, 3]),
         lambda: bytearray(v for v in range(3)), lambda: bytearray(object()), lambda: bytearray('a'),
         lambda: bytearray(-1), lambda: bytearray(2**70), lambda: bytes(object()),
         lambda: x.__setitem__(slice(0, 0), object()), lambda: x.extend(5))
for f in tests:
    try:
        print(f(), x)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
x = bytearray(b'abc')
x[1:2] = x
x.extend(x)
x[::2] = [0] * ((len(x) + 1) // 2)
print(x)

class L:
    def __len__(self):
        return 2**70
class B:
    def __len__(self):
        return 2**40
for f in (lambda: list(L()), lambda: [].extend(L()), lambda: list(B()), lambda: tuple(B())):
    try:
        f()
    except (TypeError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
