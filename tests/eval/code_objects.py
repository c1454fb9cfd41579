# eval/exec of function code objects: called without arguments, as CPython does
def f(a): return a
def g():
    yield 1
def h():
    return 5
def k(*args, **kw): return args
for code in (f.__code__, g.__code__, h.__code__, k.__code__, (lambda: 3).__code__):
    for fn in (eval, exec):
        try:
            r = fn(code)
            print(fn.__name__, type(r).__name__, r if not hasattr(r, '__next__') else list(r))
        except Exception as e:
            print(fn.__name__, type(e).__name__, e)
try:
    exec('yield 1')
except SyntaxError as e:
    print(e.msg)
exec('def q():\n    return 7\n')
print(q())
try:
    eval('1', {}, 5)
except TypeError as e:
    print(e)
print(eval('x', {}, {'x': 2}))
print(eval(compile('a=1', 'x', 'single'), {}))
