def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
tab = str.maketrans("abc", "xyz")
print(sorted(tab.items()))
t(lambda: "aabbcc-d".translate(tab))
t(lambda: "hello".translate(str.maketrans("", "", "l")))
t(lambda: "hello".translate({ord("h"): "J", ord("o"): None}))
t(lambda: "hello".translate(str.maketrans({"e": "3", "l": "1"})))
t(lambda: str.maketrans("ab", "x"))
