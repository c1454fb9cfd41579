s = b'ok\xff\xfe\xc3'.decode('utf-8', 'surrogateescape')
print(repr(s), len(s), ascii(s))
print(s.encode('utf-8', 'surrogateescape'), s.encode('ascii', 'surrogateescape'))
print(b'caf\xe9'.decode('ascii', 'surrogateescape').encode('latin-1', 'surrogateescape'))
try:
    s.encode('utf-8')
except UnicodeEncodeError as e:
    print(e)
try:
    'é'.encode('ascii', 'surrogateescape')
except UnicodeEncodeError as e:
    print(e)
try:
    b'\xff'.decode('utf-8', 'bogus')
except LookupError as e:
    print(e)
