from functools import singledispatch
import gc

@singledispatch
def show(x, suffix=''):
    "Show a thing."
    return 'object:' + repr(x) + suffix

@show.register(int)
def _(x, suffix=''):
    return 'int:' + str(x) + suffix

@show.register
def _(x: list, suffix=''):
    return 'list of %d' % len(x) + suffix

def show_str(x, suffix=''):
    return 'str:' + x + suffix
r = show.register(str, show_str)
print(r is show_str)

@show.register(float | bytes)
def _(x, suffix=''):
    return 'number:' + repr(x)

class Base: pass
class Derived(Base): pass
@show.register(Base)
def _(x, suffix=''):
    return 'base:' + type(x).__name__

print(show(1), show(True), show('s', suffix='!'), show([1, 2]), show((1,)), show(None))
print(show(2.5), show(b'b'), show(Derived()), show(Base()))
print(show.__name__, show.__doc__, show.__wrapped__.__name__)
print(show.dispatch(bool).__name__, show.dispatch(object).__name__, show.dispatch(Derived) is show.dispatch(Base))
print(sorted(k.__name__ for k in show.registry), type(show.registry).__name__)
show._clear_cache()

class Thing:
    @singledispatch
    def meth(self, arg):
        return ('default', arg)
t = Thing()
print(t.meth(1))

for bad in [lambda: show(), lambda: show.register(5, show_str), lambda: show.register(5),
            lambda: show.register()]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
try:
    @show.register
    def _(x: 5):
        pass
except TypeError as e:
    print('TypeError', e)

@singledispatch
def cyc(x):
    return x
cyc.me = cyc
cyc.register(int, cyc)
del cyc
print(gc.collect() > 0)
