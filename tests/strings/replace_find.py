def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = "hello world hello"
print(s.replace("hello", "bye"), s.replace("l", "L", 2), s.replace("", "-"), s.replace("", "-", 3), s.replace("xyz", "a"), s.replace("o", ""))
print("aaa".replace("a", "aa"), "héé".replace("é", "e"), s.replace("l", "L", 0), s.replace("l", "L", -1))
for sub in ["o", "hello", "xyz", "", "l", "lo w"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 5), s.rfind(sub, 0, 10), s.count(sub, 3, -3), s.find(sub, -5))
print(s.index("world"), s.rindex("o"))
t(lambda: s.index("xyz"))
t(lambda: s.rindex("xyz"))
t(lambda: s.find(1))
print("héllo☃héllo".find("☃"), "héllo☃héllo".rfind("é"), "héllo☃héllo".count("é"), "abc".find("c", 10), "abc".find("", 3), "abc".find("", 4))
print("aaaa".count("aa"), "".count(""), "abc".count(""), "abc".find("b", None, None))
