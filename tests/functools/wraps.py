import functools
from functools import wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES

print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return ('wrapped', fn(*a, **k))
    return inner

@deco
def target(x: int, y: str = 'a') -> str:
    "Target doc."
    return x * 2
target.__dict__  # touch
print(target(4), target.__name__, target.__qualname__, target.__doc__, target.__module__)
print(target.__annotations__, target.__wrapped__.__name__, target.__wrapped__(1))

def src():
    pass
src.extra = 1
src.__dict__['more'] = [1]
def dst():
    "dst doc"
dst.extra = 0
dst.own = 'kept'
r = update_wrapper(dst, src)
print(r is dst, dst.__name__, dst.__doc__, dst.extra, dst.more, dst.own, dst.__wrapped__ is src)
print(dst.more is src.more)

def dst2():
    pass
update_wrapper(dst2, src, assigned=('__doc__',), updated=())
print(dst2.__name__, dst2.__doc__, hasattr(dst2, 'extra'), dst2.__wrapped__ is src)

# wrapped without some attributes: skipped silently
class CallableObj:
    def __call__(self):
        return 1
o = CallableObj()
def w():
    pass
update_wrapper(w, o)
print(w.__name__, w.__doc__, w.__wrapped__ is o)
def w2():
    pass
update_wrapper(w2, len)
print(w2.__name__, w2.__qualname__, w2.__module__)

pw = wraps(src)
print(type(pw).__name__, pw.keywords['wrapped'] is src, pw.keywords['assigned'] is WRAPPER_ASSIGNMENTS)

# chained wrapping
@deco
@deco
def twice():
    "twice doc"
    return 0
print(twice(), twice.__name__, twice.__wrapped__.__wrapped__.__name__)

class Wrapper:
    pass
wr = Wrapper()
update_wrapper(wr, target.__wrapped__)
print(wr.__name__, wr.__doc__, wr.__qualname__)

for bad in [lambda: update_wrapper(), lambda: update_wrapper(w),
            lambda: update_wrapper(5, src), lambda: update_wrapper(w, src, updated=('nope',)),
            lambda: wraps(), lambda: update_wrapper(w, src, assigned=5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
