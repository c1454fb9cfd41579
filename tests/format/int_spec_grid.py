def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
[print(repr(format(v, s))) for v in (0, 7, -7, 1000000, -98765, 2**40) for s in ("+,", "-_", " 012,", "<+10,d", ">#12x", "^#14_b", "=#10o", "*<+#12X", "015_", "#_x", "#,d", "+.0%", ".3e", "08.2f", "g", ">10n")]
