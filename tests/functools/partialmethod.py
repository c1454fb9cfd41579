from functools import partialmethod, partial
import gc

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state, *, note=''):
        self._alive = bool(state)
        return (state, note)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note='dead')
    @classmethod
    def make(cls, a, b=0):
        return (cls.__name__, a, b)
    make5 = partialmethod(make, 5)
    @staticmethod
    def st(a, b):
        return ('st', a, b)
    st1 = partialmethod(st, 1)
    callable_obj = partialmethod(partial(lambda *a, **k: ([type(x).__name__ for x in a], sorted(k.items())), 'p'), 'q', z=1)

c = Cell()
print(c.set_alive(), c._alive, c.set_dead(), c._alive, c.set_dead(note='x'))
print(c.make5(), Cell.make5(), Cell.make5(b=7))
print(c.st1(2), Cell.st1(3))
print(c.callable_obj(9), Cell.callable_obj(1, 2))
pm = Cell.__dict__['set_dead']
print(pm.func is Cell.__dict__['set_state'], pm.args, pm.keywords, pm.__isabstractmethod__)
print(repr(partialmethod(max, 1, key=2)).replace(repr(max), 'MAX'))
print(repr(partialmethod(max)).replace(repr(max), 'MAX'))
nested = partialmethod(pm, 'extra', note='n2')
print(nested.func is pm.func, nested.args, nested.keywords)
bound = c.set_alive
print(type(bound).__name__, bound.__self__ is c)
print(Cell.set_alive(c), Cell.set_alive._partialmethod is Cell.__dict__['set_alive'])
for bad in [lambda: partialmethod(5), lambda: partialmethod(), lambda: Cell.set_alive()]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)

class Loop:
    pass
Loop.m = partialmethod(print, Loop)
del Loop
print(gc.collect() > 0)
