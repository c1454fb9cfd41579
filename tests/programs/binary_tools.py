# Byte-level tools written by hand: base64, hexdump, CRC32, run-length and LZ77-ish coding,
# a struct-like packer using int.to_bytes/from_bytes, and UTF-8 decoding by hand.

B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
B64_REV = {c: i for i, c in enumerate(B64)}


def b64encode(data: bytes) -> bytes:
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk.ljust(3, b"\0"), "big")
        quad = [B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        keep = len(chunk) + 1
        out += bytes(quad[:keep]) + b"=" * (4 - keep)
    return bytes(out)


def b64decode(text: bytes) -> bytes:
    text = text.rstrip(b"=")
    out = bytearray()
    for i in range(0, len(text), 4):
        chunk = text[i:i + 4]
        n = 0
        for c in chunk:
            n = (n << 6) | B64_REV[c]
        n <<= 6 * (4 - len(chunk))
        out.extend(n.to_bytes(3, "big")[:len(chunk) - 1])
    return bytes(out)


def hexdump(data, width=16):
    lines = []
    for off in range(0, len(data), width):
        row = data[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in row)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in row)
        lines.append(f"{off:08x}  {hexpart:<{width * 3 - 1}}  |{text}|")
    return "\n".join(lines)


def make_crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        table.append(c)
    return table


CRC_TABLE = make_crc_table()


def crc32(data, crc=0):
    crc ^= 0xFFFFFFFF
    for b in data:
        crc = CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def rle_encode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes((j - i, data[i]))
        i = j
    return bytes(out)


def rle_decode(data):
    return b"".join(bytes([data[i + 1]]) * data[i] for i in range(0, len(data), 2))


def lz_compress(data, window=64):
    i, out = 0, []
    while i < len(data):
        best_len, best_off = 0, 0
        for j in range(max(0, i - window), i):
            k = 0
            while i + k < len(data) and data[j + k] == data[i + k] and k < 15:
                k += 1
            if k > best_len:
                best_len, best_off = k, i - j
        if best_len >= 3:
            out.append((best_off, best_len))
            i += best_len
        else:
            out.append(data[i])
            i += 1
    return out


def lz_decompress(tokens):
    buf = bytearray()
    for t in tokens:
        if isinstance(t, tuple):
            off, length = t
            for _ in range(length):
                buf.append(buf[-off])
        else:
            buf.append(t)
    return bytes(buf)


FORMATS = {"B": (1, False), "b": (1, True), "H": (2, False), "h": (2, True), "I": (4, False),
           "i": (4, True), "Q": (8, False), "q": (8, True)}


def pack(fmt, *values):
    order = {"<": "little", ">": "big"}[fmt[0]]
    codes = fmt[1:]
    if len(codes) != len(values):
        raise ValueError(f"pack expected {len(codes)} items for packing (got {len(values)})")
    out = bytearray()
    for code, v in zip(codes, values):
        size, signed = FORMATS[code]
        out += v.to_bytes(size, order, signed=signed)
    return bytes(out)


def unpack(fmt, data):
    order = {"<": "little", ">": "big"}[fmt[0]]
    pos, res = 0, []
    for code in fmt[1:]:
        size, signed = FORMATS[code]
        res.append(int.from_bytes(data[pos:pos + size], order, signed=signed))
        pos += size
    return tuple(res)


def utf8_decode(data):
    out, i = [], 0
    while i < len(data):
        b = data[i]
        if b < 0x80:
            cp, n = b, 0
        elif b >> 5 == 0b110:
            cp, n = b & 0x1F, 1
        elif b >> 4 == 0b1110:
            cp, n = b & 0x0F, 2
        elif b >> 3 == 0b11110:
            cp, n = b & 0x07, 3
        else:
            raise ValueError(f"invalid start byte 0x{b:02x} at {i}")
        for k in range(1, n + 1):
            cp = (cp << 6) | (data[i + k] & 0x3F)
        out.append(chr(cp))
        i += n + 1
    return "".join(out)


samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256)), "héllo ☃ 😀".encode()]
for s in samples:
    enc = b64encode(s)
    assert b64decode(enc) == s
    print(f"{s!r:<40} {enc.decode():<20} crc={crc32(s):08x}")
print(hex(crc32(b"The quick brown fox jumps over the lazy dog")), crc32(b"123456789") == 0xCBF43926)

blob = b"GLASSPY\x00" + pack("<HhIq", 513, -2, 0xDEADBEEF, -(2 ** 40)) + "é☃".encode() + bytes(range(0, 40, 3))
print(hexdump(blob))
print(unpack("<HhIq", blob[8:24]), pack(">I", 1), pack("<bB", -1, 255), unpack(">hH", b"\xff\xfe\xff\xfe"))
for bad in [lambda: pack("<B", 256), lambda: pack("<b", 200), lambda: pack("<H", -1), lambda: pack("<HH", 1)]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

text = b"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW" * 2
r = rle_encode(text)
print(len(text), "->", len(r), r[:12], rle_decode(r) == text)
poem = b"it was the best of times, it was the worst of times, it was the age of wisdom"
toks = lz_compress(poem)
print(len(poem), "bytes ->", len(toks), "tokens", [t for t in toks if isinstance(t, tuple)][:6], lz_decompress(toks) == poem)

u = "naïve café – 😀 ok".encode("utf-8")
print(utf8_decode(u), utf8_decode(u) == u.decode(), len(u), len(utf8_decode(u)))
try:
    utf8_decode(b"ab\xffcd")
except ValueError as e:
    print(e)
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.start, e.end, e.reason)
print(b"ab\xffcd".decode("utf-8", "replace"), b"ab\xffcd".decode("latin-1"), b"ab\xffcd".decode("ascii", "ignore"))

ba = bytearray(b"hello world")
ba[0] = ord("J")
ba[6:11] = b"there!"
ba.extend(b"??")
del ba[-1]
ba.insert(0, 0x3E)
print(ba, len(ba), ba.find(b"there"), ba.count(b"e"), ba.upper(), bytes(ba[::-1]), ba.pop(), ba)
print(bytes.fromhex("de ad be ef"), b"\x00\x01abc".hex(), b"\x00\x01abc".hex(":"), bytearray.fromhex("41 42").decode())
print(b"a,b,,c".split(b","), b"  x y ".strip(), b"abc".replace(b"b", b"BB"), b"%d:%s:%x" % (5, b"s", 255), b"ab" * 3)
print(b"abc"[1], b"abc"[1:], list(b"AZ"), b"A" < b"B", b"abc" + bytearray(b"d"), bytearray(3), bytes(2), b"x" in b"xyz")
print(b"Hello".startswith(b"He"), b"hello world".title(), b"abc".center(9, b"-"), b"12".zfill(5), b"a\tb".expandtabs(4))
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True), (255).bit_length())
bits = [(n, bin(n).count("1"), n.bit_count()) for n in (0, 1, 255, 256, 2 ** 64 - 1)]
print(bits, 0b1010 ^ 0b0110, 0xF0 | 0x0F, ~0xF & 0xFF, 1 << 70 >> 69, -17 >> 2, -17 & 0xFF)
for bad in [lambda: bytes([256]), lambda: b"a" + "b", lambda: bytearray(b"x")[5], lambda: b"abc".decode("nope"),
            lambda: bytes.fromhex("zz"), lambda: (256).to_bytes(1, "big"), lambda: int.from_bytes(b"x", "middle")]:
    try:
        bad()
    except (ValueError, TypeError, IndexError, LookupError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
