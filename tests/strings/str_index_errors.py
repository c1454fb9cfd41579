def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ("abc"[3]))
t(lambda: ("abc"[-4]))
t(lambda: (""[0]))
t(lambda: ("abc"["1"]))
t(lambda: ("abc"[None]))
t(lambda: ("abc"[1:2:0]))
t(lambda: ("abc".index("d")))
t(lambda: ("abc".rindex("d")))
t(lambda: ("abc".index("")))
t(lambda: ("abc".rindex("")))
t(lambda: ("abc"[True]))
t(lambda: ("é"[0:10]))
t(lambda: ("abc".__getitem__(5)))
s = "abc"
def setit(): s[0] = "x"
t(lambda: (setit()))
def delit(): del s[0]
t(lambda: (delit()))
t(lambda: ("abc" + None))
t(lambda: (None + "abc"))
t(lambda: ("abc" * None))
t(lambda: ("abc" < None))
t(lambda: ("abc".split(None, None)))
t(lambda: ("abc".find(None)))
t(lambda: ("abc".count("a", "b")))
