print(repr("a\tb\nc\\d\'e\"f"))
print("\x41\x42", "\u00e9\u2603", "\U0001d11e", "\101\102\7", "\0" == "\x00")
print(r"a\nb", r'\t', len(r"\x41"), R"\d+")
print("abc" "def" 'ghi', "x" r"\n" "y")
print("""tri
ple""", '''single
tri''')
print("a\
b")
print(repr('\a\b\f\v\r'), repr("\x7f\x80\xa0\xad"), repr("\u200b\ufeff\u2028"))
print(repr("'"), repr('"'), repr("'\""), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr(""), repr("\\"), repr("é☃𝄞"), repr("\ud800") if False else 1)
print(ascii("é☃𝄞\n"), ascii("plain"), ascii(["é"]))
