# glasspy-exp: hand
# The first seed's question: consecutive small ints sit 24 bytes apart, descending.
N = id(0)
for i in range(5):
    print(i, N - id(i))
print(bin(24))
