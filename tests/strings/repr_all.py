# repr() and ascii() of sampled code points across the whole range.
acc = 0
for block in range(0, 0x110000, 0x2000):
    parts = []
    for cp in range(block, block + 0x2000, 11):
        if 0xd800 <= cp < 0xe000:
            continue
        r = repr(chr(cp))
        parts.append(r)
    s = "".join(parts)
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
    print(hex(block), len(s), h)
print(repr("".join(chr(c) for c in (0x378, 0x61c, 0x85, 0xa0, 0x2028, 0xe000, 0xf0000, 0x10ffff, 0x1f600, 0x0300, 0xfeff, 0x200d))))
print(ascii("".join(chr(c) for c in (0x7f, 0xff, 0x100, 0xffff, 0x10000, 0x10ffff))))
