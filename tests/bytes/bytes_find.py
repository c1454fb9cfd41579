b = b'hello world, hello bytes'
print(b.find(b'hello'), b.find(b'hello', 1), b.rfind(b'hello'), b.find(b'zz'), b.find(111))
print(b.index(b'world'), b.rindex(b'l'), b.count(b'l'), b.count(b'hello'), b.count(b''), b.count(108))
print(b.find(b'', 3), b.find(b'', 100), b.rfind(b''), b.find(b'o', 5, 10), b.find(b'o', -5))
print(b.find(b'h', None, None), b.count(b'l', 3, -3), b.rfind(b'o', 0, 5))
for t in [lambda: b.index(b'zz'), lambda: b.rindex(b'q'), lambda: b.find('h'),
          lambda: b.find(300), lambda: b.count()]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(b.startswith(b'hello'), b.startswith(b'world', 6), b.endswith(b'bytes'), b.endswith((b'x', b'tes')))
print(b.startswith(b''), b.endswith(b'hello', 0, 5), b.startswith((b'a', b'b')))
try:
    b.startswith('h')
except TypeError as e:
    print(e)
