def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = "héllo wörld ☃ 𝄞!"
print(len(s), s[0], s[1], s[-1], s[-2], s[12], s[14])
for sl in [(None, None, None), (1, 5, None), (None, None, -1), (None, None, 2), (-5, None, None), (3, -3, 2), (10, 2, -2), (None, None, -3), (100, None, None), (-100, 3, None), (5, 5, None), (14, 15, None)]:
    print(sl, repr(s[slice(*sl)]))
t(lambda: s[100])
t(lambda: s[-100])
t(lambda: s['a'])
t(lambda: s[1.5])
t(lambda: "abc"[::0])
a = "abcdef"
print(a[::-1], a[1::2], a[-1:-4:-1], a[:-1], a[-2:], a[::4])
for ch in "añ☃":
    print(ch, ord(ch))
print(list("a☃b"), tuple("x𝄞"))
print([c for c in "héllo"][::-1])
print("☃" in s, "wö" in s, "xyz" in s, "" in s)
t(lambda: 1 in "abc")
