print(b'hello'.decode(), b'h\xc3\xa9llo'.decode('utf-8'), b'\xe2\x82\xac'.decode())
print(b'\xf0\x9f\x98\x80'.decode() == '\U0001F600', b'abc'.decode('ascii'))
print(b'\xe9t\xe9'.decode('latin-1'), b'\xff'.decode('latin1'), b'\x80'.decode('iso-8859-1'))
bad = [b'\xff', b'a\x80b', b'\xc3', b'\xe2\x82', b'\xe2(\xa1', b'\xed\xa0\x80', b'\xf0\x28\x8c\x28',
       b'\xc0\xaf', b'\xf5\x80\x80\x80', b'ok\xf0\x9f\x98']
for b in bad:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            print(repr(b.decode('utf-8', errors)))
        except UnicodeDecodeError as e:
            print('UnicodeDecodeError:', e)
try:
    b'caf\xe9'.decode('ascii')
except UnicodeDecodeError as e:
    print(e, e.args[0], e.args[2], e.args[3], e.args[4])
print(b'caf\xe9'.decode('ascii', 'replace'), b'caf\xe9'.decode('ascii', errors='ignore'))
try:
    b'x'.decode('foo')
except LookupError as e:
    print('LookupError', e)
print(b'x'.decode('UTF-8'), b'x'.decode('utf_8'), b'x'.decode(encoding='U8'))
