# closures and scopes in exec'd code
ns = {}
exec('''
def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = make_counter()
c(); c()
value = c()
adders = [lambda x, i=i: x + i for i in range(3)]
squares = {k: k * k for k in range(4)}
gen_total = sum(v for v in range(5))
''', ns)
print(ns['value'])
print([a(10) for a in ns['adders']])
print(ns['squares'], ns['gen_total'])
def f():
    y = 5
    return eval('lambda z: z + 1')(y)
print(f())
g = {}
exec('x = 3\ndef get():\n    return x\n', g)
g['x'] = 99
print(g['get']())
l = {}
exec('x = 3\ndef get():\n    return x\n', {}, l)
try:
    l['get']()
except NameError as e:
    print('NameError', e)
