def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = "hello.py"
print(s.startswith("he"), s.startswith("lo"), s.endswith(".py"), s.endswith((".c", ".py")), s.startswith(("x", "y")), s.startswith(""), s.endswith(""))
print(s.startswith("llo", 2), s.startswith("llo", 2, 4), s.endswith("hello", 0, 5), s.endswith("o", -4, -3), s.startswith("h", -100))
t(lambda: s.startswith(1))
t(lambda: s.endswith(["a"]))
t(lambda: s.startswith(("a", 1)))
print("☃x".startswith("☃"), "é".endswith("é"))
