# exec/eval inside exec'd code
ns = {}
exec('''
inner = {}
exec("a = 2\\nb = eval('a * 21')", inner)
result = inner['b']
''', ns)
print(ns['result'])
print(eval("eval('1 + 1') + eval(\"eval('3')\")"))
code = 'exec("n = n + 1", d)'
d = {'n': 0}
for i in range(5):
    exec(code)
print(d['n'])
src = 'x'
for i in range(20):
    src = 'eval(%r)' % src
print(eval(src, {'x': 'deep'}))
