cases = ["", "a", "'", '"', "'\"", "a'b", 'a"b', "a'b\"c", "\\", "\\'", "\t", "\x00", "\x1b[0m", "\u0085", "\u00a0", "ÿ", "\u0100", "\U0001f600", "\ufffd", "\u0378", "\U000e0001", "\udc80" if False else "x", "new\nline", "ret\r", "\x7f"]
for c in cases:
    print(repr(c), ascii(c), len(repr(c)))
print(repr(cases[:5]), str(cases[5:9]))
print("%r %a" % ("é'", "é'"))
