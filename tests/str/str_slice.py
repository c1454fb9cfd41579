# Simple slices of strings.
s = 'abcdefgh'
print(s[2:5], s[:3], s[5:], s[:], s[-3:], s[:-3], s[-5:-2])
print(repr(s[5:2]), repr(s[100:]), repr(s[:0]), repr(s[8:]))
print(s[0:100], s[-100:2], s[-100:-50] == '')
print(s[2:2] == '', s[1:-1])
i, j = 3, 6
print(s[i:j], s[i:], s[:j])
print(s[:3] + s[3:] == s)
print('hello world'[6:], 'hello world'[:5])
print(s[0:1], s[-1:])
print(s[None:3], s[3:None])
