# Every augmented assignment operator on ints.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 7; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b11110; print(x)
x |= 0b100001; print(x)
x ^= 0xff; print(x)
x /= 4; print(x)
y = -7
y //= 2; print(y)
y = -7
y %= 3; print(y)
z = 2
z **= 10
print(z)
n = 0
for i in range(5):
    n += i
print(n)
