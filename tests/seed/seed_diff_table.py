# glasspy-exp: hand
# The first seed's table of id differences, without the addresses themselves: the cache
# fills int blocks of 41 slots, highest slot first, so every 41 ints the difference jumps by
# -1952 (DESIGN §2.3). Lines match the seed from "-1 0" to "241 242".
prev = 0
for i in range(250):
    t = (id(i-1), id(i))
    diff = t[0] - t[1]
    if diff != prev:
        print(i-1, i, diff)
        prev = diff
