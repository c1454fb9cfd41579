# glasspy-exp: hand
# Ints made at run time come from the same blocks of 41: a stride of 24, a jump of -1952.
l = []
x = 100000
for a in range(50):
    for b in range(40):
        x = x + 1
        l.append(x)
stride = 0
jump = 0
for k in range(1, len(l)):
    d = id(l[k - 1]) - id(l[k])
    if d == 24:
        stride += 1
    elif d == -1952:
        jump += 1
print(len(l), stride > 1900, jump >= 45, stride + jump > 1990)
