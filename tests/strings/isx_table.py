def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
[print(hex(c), repr(chr(c)), chr(c).isalpha(), chr(c).isdigit(), chr(c).isdecimal(), chr(c).isnumeric(), chr(c).isspace(), chr(c).isupper(), chr(c).islower(), chr(c).isprintable(), chr(c).isalnum(), chr(c).isidentifier(), chr(c).istitle()) for c in list(range(0, 0x100, 3)) + [0x2028, 0x3000, 0x0660, 0x00b2, 0x2155, 0x4e00, 0x1f600, 0x01c5, 0x0345, 0xff10, 0x1d7ce, 0x2160, 0x3007, 0xe000, 0xfeff, 0x200b]]
