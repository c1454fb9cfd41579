def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
[print(w, w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), w.isupper(), w.islower(), w.istitle()) for w in ("straße", "ΟΔΥΣΣΕΥΣ", "ǈubljana", "ﬂoor", "İstanbul", "ıi", "ÀÉÎÕÜ", "àéîõü", "Ꭰ", "ꭰ", "ǰ", "Ω", "µ", "ÿ", "ŉ", "ﬃ", "x1y2", "1st 2nd", "o'neil mc-donald", "ǳ", "ÆØÅ")]
