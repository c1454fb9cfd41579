for s in ["hello World", "HELLO", "hello", "", "123abc", "ß straße", "ǅungla", "they're bill's friends", "hello_world-foo bar2baz", "ÉCOLE", "élan", "ΣΑΣ", "mIxEd CaSe"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
    print(s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isdecimal(), s.isnumeric(), s.isidentifier(), s.isprintable(), s.isascii())
for s in ["123", "١٢٣", "½", "²", " \t\n", "\x0b", "abc", "ab1", "_x1", "1x", "a b", "\x1f", "é", ""]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
