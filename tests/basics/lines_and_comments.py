# Comments, blank lines, semicolons and line continuation.

x = 1  # a trailing comment
# a comment line
y = 2; z = 3; print(x, y, z)

total = (x +
         y +
         z)
print(total)
value = x + \
    y + \
    z
print(value)
l = [
    1,
    2,  # comment inside brackets
    3,
]
print(l)
d = {
    'a': 1,

    'b': 2,
}
print(d)
if x: print('one-line if')
while y: y -= 1; print('loop', y)
def f(a,
      b):
    return a + b
print(f(1,
        2))
