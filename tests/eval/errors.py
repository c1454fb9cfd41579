# TypeError / ValueError messages of eval, exec, compile
def show(fn, *args):
    try:
        r = fn(*args)
        print('ok', r)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

show(eval, 1)
show(exec, 1)
show(eval, None)
show(exec, [])
show(eval, '1', 1)
show(exec, '1', 1)
show(eval, '1', {}, 1)
show(exec, '1', {}, 1)
show(compile, '1', 'f', 'x')
show(compile, 1, 'f', 'exec')
show(compile, '1', 1, 'exec')
show(compile, '1', 'f', 1)
show(eval)
show(exec)
show(compile, '1')
def outer():
    x = 1
    def inner():
        return x
    return inner
show(eval, outer().__code__)
show(exec, outer().__code__)
try:
    eval('x', globals={})
except TypeError as e:
    print(e)
