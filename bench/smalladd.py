# Small ints: 10 million additions of ints that stay below 2**62 (the inline small-int
# path of the VM; no big ints involved).
s = 1 << 61
x = 0
i = 0
while i < 10000000:
    x = s + i
    i += 1
print(x, i)
