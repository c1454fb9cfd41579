def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["key=value", "key=a=b", "novalue", "=x", "x=", ""]:
    print(s.partition("="), s.rpartition("="))
t(lambda: "a".partition(""))
t(lambda: "a".partition(1))
print("héllo☃wörld".partition("☃"))
