# compile modes and return values
print(eval(compile('3', 's', 'eval')))
print(exec(compile('3', 's', 'exec')))
c = compile('x = 1\nif x:\n    y = 2\n', 's', 'exec')
d = {}
exec(c, d)
print(d['x'], d['y'])
print(eval('(1,\n 2,\n 3)'))
print(eval('''[
    1,
    2]'''))
r = eval('x if x else y', {'x': 0, 'y': 'Y'})
print(r)
print(eval('__name__'), eval('__name__', {'__name__': 'other'}))
print(exec('1 + 1'))
print(eval('1 if True else 2\n'))
print(eval('  1\n\n'))
