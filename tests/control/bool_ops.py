# and / or return one of their operands; not returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'default', '' or 0)
print([] and 'x', [1] and 'x', 'a' or 'b', '' and 'b')
print(not 1, not 0, not '', not 'a', not None)
print(1 and 2 and 3, 1 and 0 and 3, 0 or '' or None, 0 or '' or 'last')
print(True and False or True, True or False and False, not True or True)
def t(name, val):
    print('called', name)
    return val
print(t('a', 0) and t('b', 1))
print(t('a', 1) or t('b', 1))
print(t('a', 1) and t('b', 0) or t('c', 'c'))
x = 5
print(x > 0 and x < 10, x > 0 and 'in range' or 'out')
print(type(0 or 3 / 2), type(not 5))
