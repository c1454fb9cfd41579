def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for c in ['a', 'Z', '0', ' ', '\n', 'é', '€', '☃', '𝄞', '\x00', '\x7f']:
    t(lambda: ord(c))
for i in [65, 97, 48, 0, 10, 127, 128, 233, 8364, 0x1d11e, 0x10ffff, 0xd800]:
    t(lambda: chr(i))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr('a'))
t(lambda: ord(''))
t(lambda: ord('ab'))
t(lambda: ord(5))
