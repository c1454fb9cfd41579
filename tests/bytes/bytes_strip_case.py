print(b'  hi  '.strip(), b'  hi  '.lstrip(), b'  hi  '.rstrip(), b'\t\n x \r\x0b\x0c'.strip())
print(b'xxhixx'.strip(b'x'), b'abchicba'.strip(b'abc'), b'hi'.strip(None), b''.strip())
print(b'Hello World 123'.upper(), b'Hello World 123'.lower(), b'hELLO'.swapcase())
print(b'hello world'.title(), b'hello World'.capitalize(), b'\xe9a'.upper())
print(b'123'.isdigit(), b'12a'.isdigit(), b''.isdigit(), b'abc'.isalpha(), b'ab1'.isalpha())
print(b' \t\n'.isspace(), b' x'.isspace(), b'ab12'.isalnum(), b'ab 12'.isalnum(), b'\xe9'.isalpha())
print(b'abc'.islower(), b'aBc'.islower(), b'ABC'.isupper(), b'123'.isupper(), b'\x80'.isascii(), b'a'.isascii())
print(b'a.b.c'.replace(b'.', b'--'), b'aaaa'.replace(b'a', b'b', 2), b'abc'.replace(b'', b'-'))
print(b'abc'.replace(b'', b'-', 2), b'abc'.replace(b'x', b'y'), b''.replace(b'', b'z'))
print(b'ab'.center(6), b'ab'.center(7, b'*'), b'abc'.center(6, b'.'), b'ab'.ljust(5, b'-'), b'ab'.rjust(5))
print(b'42'.zfill(5), b'-42'.zfill(6), b'+7'.zfill(4), b'abc'.zfill(2), b''.zfill(3))
try:
    b'ab'.center(5, b'xy')
except TypeError as e:
    print(e)
try:
    b'ab'.replace('a', b'b')
except TypeError as e:
    print(e)
