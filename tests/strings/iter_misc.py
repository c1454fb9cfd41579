s = "héllo"
it = iter(s)
print(next(it), next(it), list(it))
for i, c in enumerate("a☃c"):
    print(i, c)
print(list(map(str.upper, ["a", "b"])), list(zip("abc", "xyz")))
print("".join(sorted("banana")), "banana".count("a"), set("aab") == {"a", "b"})
print(str.upper("x"), str.join("-", ["a", "b"]), "abc".__len__(), "abc".__contains__("b"))
print("abc"[1:2] * 3, "a".join("bcd"), "%".join(["", ""]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), max(words, key=len), [w.capitalize() for w in words])
print(" ".join(w[::-1] for w in words))
