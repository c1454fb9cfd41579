def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
vals = [7.5, -7.5, 2.0, -2.0, 0.5, 3]
for a in vals:
    for b in [2.0, -2.0, 0.75, -3, 3]:
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
t(lambda: 1.0 / 0)
t(lambda: 1.0 // 0.0)
t(lambda: 1.0 % 0.0)
t(lambda: divmod(1.0, 0.0))
t(lambda: 1 / 0.0)
t(lambda: 5 // 0.0)
t(lambda: 0.0 / 0.0)
print(-0.0 % 5.0, 0.0 % -5.0, -1e-20 % 1.0, 5.0 % float('inf'), -5.0 % float('inf'))
print(7 // 2.0, -7 // 2.0, 7 % -2.0, 1 + 2.5, 3 * 0.5, 10 - 0.25)
print(-(2.5), +(2.5), abs(-2.5), abs(-0.0))
print(1e308 * 10, -1e308 * 10)
x = 1.5
x += 1
x *= 2
x -= 0.5
x /= 2
print(x)
x //= 0.5
print(x)
x %= 1.5
print(x)
