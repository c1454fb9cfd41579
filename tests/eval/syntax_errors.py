# SyntaxError from exec / eval / compile, with msg, lineno, offset
def show(fn, *args):
    try:
        fn(*args)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.filename)

show(exec, 'x = (')
show(exec, 'a = 1\nb = 2\nc = )\n')
show(compile, 'def f(:\n  pass', 'my.py', 'exec')
show(compile, 'if x\n', 'f.py', 'exec')
show(exec, 'def f():\nreturn 1')
show(eval, 'x = 1')
show(exec, 'for x in range(3):\n    print(x)\n   y = 1\n')
show(compile, '1 +* 2', 'e', 'eval')
show(exec, 'return 5')
show(exec, 'f(**x, *y)')
show(eval, '1\0')
print('done')
