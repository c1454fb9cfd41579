# Unary minus, plus and invert.
x = 5
print(-x, +x, ~x, - -x, -(-x), --x, +-x, -+x)
print(~0, ~-1, ~255, ~-256)
print(-0, +0, ~~7)
print(-9223372036854775807, -(-9223372036854775807))
print(~9223372036854775806)
print(not x, not -x, not 0)
print(-True, +False, ~True)
y = -x
print(y, -y, abs(y))
