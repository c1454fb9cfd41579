seed = 987
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed >> 20
for i in range(300):
    digits = str(rnd())[: 1 + rnd() % 19]
    point = rnd() % (len(digits) + 1)
    s = digits[:point] + "." + digits[point:] + "e" + str(rnd() % 600 - 300)
    x = float(s)
    print(s, repr(x), x.hex(), x == float(repr(x)))
