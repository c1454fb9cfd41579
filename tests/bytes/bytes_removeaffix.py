print(b'abcde'.removeprefix(b'ab'), b'abcde'.removesuffix(b'de'), b'x'.removeprefix(b'y'), bytearray(b'abc').removesuffix(b'c'))
try:
    b'a'.removeprefix('a')
except TypeError as e:
    print(e)
