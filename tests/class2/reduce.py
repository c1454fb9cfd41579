class U: pass
u = U(); print(u.__getstate__()); u.a = 1; print(u.__getstate__())
class S:
    __slots__ = ('x', 'y')
s = S(); s.x = 1; print(s.__getstate__())
class SD(S):
    __slots__ = ('z', '__dict__')
sd = SD(); sd.z = 3; sd.q = 4; print(sd.__getstate__())
print(object().__getstate__())
def show(r):
    f, *rest = r
    print(f.__name__, rest[0], *[x if not hasattr(x, '__next__') else list(x) for x in rest[1:]])
show(u.__reduce_ex__(2))
show(u.__reduce_ex__(1))
show(u.__reduce__())
show((5).__reduce_ex__(2))
print((5).__getnewargs__(), True.__getnewargs__(), (2**70).__getnewargs__())
show([1].__reduce_ex__(2))
show({1: 2}.__reduce_ex__(2))
class L(list): pass
l = L([1, 2]); l.a = 3
show(l.__reduce_ex__(2))
show(l.__reduce__())
show(object().__reduce_ex__(0))
show('abc'.__reduce_ex__(2)); show((1.5).__reduce_ex__(4)); show((1, 2).__reduce_ex__(3))
class R:
    def __reduce__(self): return (R, ())
print(R().__reduce_ex__(2))
class G:
    def __init__(self, a): self.a = a
    def __getnewargs__(self): return (self.a,)
    def __getstate__(self): return {'st': self.a}
f, args, st, li, di = G(7).__reduce_ex__(2)
print(args[1:], st, li, di)
g = f(*args); print(type(g).__name__, hasattr(g, 'a'))
class BadArgs:
    def __getnewargs__(self): return [1]
try: BadArgs().__reduce_ex__(2)
except TypeError as e: print(e)
try: object().__reduce_ex__()
except TypeError as e: print(e)
try: object().__reduce_ex__('x')
except TypeError as e: print(e)
# rebuild a copy by hand as copy.copy does
def copy(x):
    f, args, state, li, di = x.__reduce_ex__(4)
    y = f(*args)
    if state:
        if isinstance(state, tuple):
            state, slots = state
            for k, v in slots.items(): setattr(y, k, v)
        if state: y.__dict__.update(state)
    if li is not None:
        for item in li: y.append(item)
    if di is not None:
        for k, v in di: y[k] = v
    return y
c = copy(l); print(type(c).__name__, c, c.a, c is l)
c = copy(sd); print(c.x if hasattr(c, 'x') else '-', c.z, c.q)
class D(dict): pass
d = D(a=1); d.t = 2; c = copy(d); print(type(c).__name__, c, c.t)
print(U.__subclasshook__(), object.__subclasshook__(int), int.__subclasshook__(3))
print(type(object().__sizeof__()).__name__)
class F(float): pass
try: print(F(1.5).__reduce_ex__(1)[1])
except TypeError as e: print(e)
class IS(int): pass
try:
    r = IS(4).__reduce_ex__(1); print(r[1], len(r))
except TypeError as e: print(e)
try: S().__reduce_ex__(1)
except TypeError as e: print(e)
print(S().__reduce_ex__(2)[2])
class S2:
    __slots__ = ('a',)
    def __getstate__(self): return {'a': 1}
print(S2().__reduce_ex__(0)[2])
class S3:
    __slots__ = ()
print(len(S3().__reduce_ex__(0)))
class G:
    def __getnewargs_ex__(self): return ((1,), {'k': 2})
    def __new__(cls, *a, **k): o = object.__new__(cls); o.a = (a, k); return o
r = G().__reduce_ex__(2); print(r[0].__name__, r[1], r[2])
f, args = r[0], r[1]; print(f(*args).a)
class H:
    def __getnewargs_ex__(self): return ((1,), {})
r = H().__reduce_ex__(2); print(r[0].__name__, r[1])
for bad in [5, (1,), ([1], {}), ((1,), [])]:
    class B:
        def __getnewargs_ex__(self, bad=bad): return bad
    try: B().__reduce_ex__(2)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
