print(b'abc', b"it's", b'say "hi"', b'both \' and "', b'')
print(b'\x00\x01\x7f\x80\xff', b'\t\n\r\\', b'\a\b\f\v')
print(rb'\x41\n', br'raw\d', b'\101\102', b'\x41B')
print(b'abc' b'def', len(b'hello'), type(b'').__name__)
print(b'multi' \
      b'line')
x = b'''triple
quoted'''
print(x)
print(str(b'abc'), repr(b'a"b'), f'{b"xy"}', '%s' % b'z', '%r' % b'w')
