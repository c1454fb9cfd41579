seed = 4242
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
vals = []
for i in range(60):
    a = ((rnd() >> 20) - 2**43) / 2**((rnd() >> 60) + 3)
    vals.append(a)
for i in range(0, 60, 2):
    a, b = vals[i], vals[i + 1]
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, abs(a) ** 0.5, round(a, 2), a < b, a == b, int(a))
