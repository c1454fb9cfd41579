def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
[print(f, repr(f % v)) for v in (0, 1, -1, 255, -255, 65535, 2**40, -2**40, True) for f in ("%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%X", "%#x", "%#X", "%o", "%#o", "%08x", "%-#10o|", "%+x", "%.3d", "%.0d", "%10.4d", "%s", "%r", "%c" if 0 <= v < 0x110000 else "%d")]
