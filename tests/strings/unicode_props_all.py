# Every 5th code point: str predicates and case mappings, summarised per 4096-code-point block.
def sig(c):
    bits = 0
    for i, f in enumerate((c.isalpha, c.isdecimal, c.isdigit, c.isnumeric, c.isspace, c.isupper, c.islower, c.istitle, c.isprintable, c.isidentifier, c.isalnum)):
        if f():
            bits |= 1 << i
    return bits
for block in range(0, 0x110000, 0x1000):
    acc = 0
    cased = 0
    for cp in range(block, block + 0x1000, 5):
        if 0xd800 <= cp < 0xe000:
            continue
        c = chr(cp)
        acc = (acc * 31 + sig(c) + cp) % 1000000007
        u, l, t, f = c.upper(), c.lower(), c.title(), c.casefold()
        if u != c or l != c or t != c or f != c:
            cased += 1
            acc = (acc * 37 + sum(map(ord, u)) * 3 + sum(map(ord, l)) * 5 + sum(map(ord, t)) * 7 + sum(map(ord, f)) * 11 + len(u + l + t + f)) % 1000000007
    if cased or block < 0x40000 or block % 0x10000 == 0:
        print(hex(block), acc, cased)
