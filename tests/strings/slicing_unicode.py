s = "αβγδεζηθικ"
for i in range(-12, 12, 3):
    for j in range(-12, 12, 4):
        for k in [None, 1, 2, -1, -3]:
            print(i, j, k, s[i:j:k])
t = "a€b𝄞c"
print([t[i] for i in range(len(t))], [t[-i] for i in range(1, len(t) + 1)], t[::-1], t[1::2], len(t.encode()))
