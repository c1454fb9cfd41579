# eval of expressions with explicit globals/locals dicts
g = {'x': 10, 'y': 3}
print(eval('x * y', g))
print(eval('x + z', g, {'z': 5}))
print(eval('  \t x - y', g))
print('__builtins__' in g)
print(eval('len([1, 2, 3])', {}))
print(eval(b'1 + 2'))
l = {'x': 1}
print(eval('x', g, l))
class M:
    def __getitem__(self, k):
        if k == 'magic':
            return 42
        raise KeyError(k)
print(eval('magic + 1', {}, M()))
print(eval('[a * 2 for a in range(4)]', {}))
x = 'module x'
print(eval('x'))
def f(a, b=2):
    return eval('a + b')
print(f(5))
def g2():
    v = 'local'
    return eval('v'), eval('v', None, None)
print(g2())
