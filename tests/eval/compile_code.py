# compile() + exec/eval of code objects
c = compile('1 + 2 * 3', 'expr.py', 'eval')
print(type(c).__name__, c.co_filename, c.co_name)
print(eval(c))
print(eval(c, {}))
c2 = compile('x = 5\ny = x * 2\n', 'mod.py', 'exec')
ns = {}
print(exec(c2, ns))
print(ns['x'], ns['y'])
print(eval(c2, ns))
c3 = compile('q = 7', '<s>', 'single')
d = {}
exec(c3, d)
print(d['q'])
c4 = compile(b'z = 1', b'bytes.py', 'exec', 0, True, -1)
print(c4.co_filename)
c5 = compile('w = 2', 'k.py', mode='exec', flags=0, dont_inherit=True, optimize=2)
e = {}
exec(c5, e)
print(e['w'])
for i in range(3):
    print(eval(c, {'unused': i}))
