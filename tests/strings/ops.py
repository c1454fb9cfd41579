def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 5)
print("a" + "b", "abc" < "abd", "abc" < "ab", "B" < "a", "é" > "z", "☃" > "é", "a" == "a", "a" != "b")
print("abc" >= "abc", "" < "a", sorted(["b", "A", "é", "a", "Z", "ab"]))
t(lambda: "a" + 1)
t(lambda: 1 + "a")
t(lambda: "a" * "b")
t(lambda: "a" * 1.5)
t(lambda: "a" < 1)
t(lambda: "a" - "b")
print("a" == 1, "1" == 1)
s = "x"
s += "y"
s *= 3
print(s)
print(hash("") == 0, hash("abc") == hash("ab" + "c"))
print(str(), str(123), str(-4.5), str([1, "a"]), str(None), str(True), str(b"x"), str(b"ab", "ascii"))
print(max("hello"), min("hello"), sorted("hello"), "".join(reversed("héllo")))
print(bool(""), bool(" "), len(""), len("\t\n"))
