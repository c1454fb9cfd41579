print(b'\x01\x02\xab\xff'.hex(), b''.hex(), b'abc'.hex(':'), b'abcdef'.hex('-', 2))
print(b'abcdefg'.hex(' ', 3), b'abcdefg'.hex(' ', -3), b'abcd'.hex(b'|'), b'ab'.hex(sep='.'))
print(bytes.fromhex('0102 ab ff'), bytes.fromhex(''), bytes.fromhex('  41 42  '), b''.fromhex('4a'))
for s in ['0g', '1', 'a b', '12 3']:
    try:
        print(bytes.fromhex(s))
    except ValueError as e:
        print('ValueError', e)
try:
    bytes.fromhex(b'41')
except TypeError as e:
    print('TypeError', e)
try:
    b'ab'.hex('::')
except ValueError as e:
    print('ValueError', e)
