print(b'a b  c\td\n'.split(), b'  a b  '.split(), b''.split(), b'   '.split())
print(b'a,b,,c'.split(b','), b'a,b,,c'.split(b',', 1), b'a,b,,c'.rsplit(b',', 1))
print(b'a b c d'.split(None, 2), b'a b c d'.rsplit(None, 2), b'a b c'.rsplit())
print(b'x--y--z'.split(b'--'), b'--'.split(b'--'), b'abc'.split(b'abc'), b'a b'.split(maxsplit=0))
print(b'line1\nline2\r\nline3\r'.splitlines(), b'a\nb\n'.splitlines(True))
try:
    b'a'.split(b'')
except ValueError as e:
    print(e)
try:
    b'a'.split(',')
except TypeError as e:
    print(e)
print(b'-'.join([b'a', b'b', b'c']), b''.join([]), b', '.join((b'x', b'y')), b'.'.join(iter([b'q'])))
try:
    b'-'.join([b'a', 'b'])
except TypeError as e:
    print(e)
print(b'key=value=x'.partition(b'='), b'key=value=x'.rpartition(b'='), b'abc'.partition(b'z'), b'abc'.rpartition(b'z'))
