# Big ints: a loop r *= i for i up to 20,000 (each step a big-by-small product, as the
# result grows to 77,338 digits).
r = 1
i = 1
while i <= 20000:
    r *= i
    i += 1
print(r.bit_length(), r % 1000000007)
