# A bare interpreter loop: 10 million iterations of compare, add, store.
i = 0
while i < 10000000:
    i += 1
print(i)
