seed = 77
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n
alphabet = "ab é☃𝄞,\n\tXY1"
for i in range(150):
    s = "".join(alphabet[rnd(len(alphabet))] for _ in range(rnd(12)))
    sub = "".join(alphabet[rnd(len(alphabet))] for _ in range(rnd(3)))
    a, b, c = rnd(15) - 7, rnd(15) - 7, rnd(5) - 2 or 1
    print(repr(s), repr(sub), len(s), s.find(sub), s.rfind(sub), s.count(sub), sub in s, repr(s[a:b:c]), s.split(sub) if sub else s.split(), s.replace(sub, "#") if sub else s, s.strip(), s.upper(), s.title(), s.partition(sub) if sub else None, s.splitlines(), s.isalnum(), s.center(10, "."), repr(s.encode()))
