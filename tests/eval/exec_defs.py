# exec defining functions and classes into a dict
ns = {}
r = exec('''
def add(a, b):
    return a + b

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

total = add(2, 3)
''', ns)
print(r)
print(sorted(k for k in ns if k != '__builtins__'))
print(ns['add'](10, 20), ns['total'])
p = ns['Point'](1, 2)
print(p, type(p).__name__, type(p).__module__ if hasattr(type(p), '__module__') else None)
print(ns['add'].__name__, ns['add'].__code__.co_filename)
g = {}
l = {}
exec('a = 1\nb = a + 1', g, l)
print(sorted(l.items()), 'a' in g)
exec('counter = 0')
exec('counter += 5')
print(counter)
