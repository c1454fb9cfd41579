ws = ["b", "a", "B", "A", "é", "e", "E", "ß", "z", "Z", "aa", "a ", "a\t", "", "0", "9", "_", "~", "😀", "€", "ab", "abc", "ab\x00"]
print(sorted(ws))
print(sorted(ws, key=str.lower))
print(sorted(ws, key=str.casefold))
print(sorted(ws, key=len))
print(min(ws), max(ws))
print(["a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "é" < "f", "€" < "😀", "Z" < "a"])
