# x if cond else y.
for n in range(-2, 3):
    print(n, 'pos' if n > 0 else 'zero' if n == 0 else 'neg')
x = 5
y = x * 2 if x > 3 else x - 2
print(y)
print('yes' if [] else 'no', 'yes' if [0] else 'no')
def side(tag, value):
    print('eval', tag)
    return value
print(side('a', 1) if side('cond', True) else side('b', 2))
print(side('a', 1) if side('cond', False) else side('b', 2))
z = (1 if True else 2) + (10 if False else 20)
print(z)
