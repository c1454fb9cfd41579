# glasspy-exp: hand — __index__ methods (and iterables being assigned) that resize the very
# list or bytearray being indexed: the length is read after they ran, so nothing reads or
# writes past the end. All lines match CPython 3.11 except list_ext_set_gen, where CPython
# writes past the end of the emptied list (and crashes).
def t(f):
    try:
        r = f()
    except (IndexError, ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
    else:
        print(f.__name__, "ok", r)

def shrinker(seq, value):
    class K:
        def __index__(self):
            seq.clear()
            return value
    return K()

l = list(range(100))
def list_get(): return l[shrinker(l, 50)]
t(list_get)
l = list(range(100))
def list_slice_get(): return l[shrinker(l, 10):shrinker(l, 90):2]
t(list_slice_get)
l = list(range(100))
def list_slice_set():
    l[shrinker(l, 5):shrinker(l, 50)] = [1, 2]
    return l
t(list_slice_set)
l = list(range(100))
def list_ext_del():
    del l[::shrinker(l, 1)]
    return l
t(list_ext_del)
l = list(range(100))
def list_ext_set():
    l[::shrinker(l, 2)] = range(50)
    return l
t(list_ext_set)
l = list(range(100))
def list_ext_set_gen():
    def g():
        l.clear()
        yield from range(50)
    l[::2] = g()
    return l
t(list_ext_set_gen)
l = list(range(10))
def list_pop(): return l.pop(shrinker(l, 2))
t(list_pop)
l = list(range(10))
def list_insert():
    l.insert(shrinker(l, 2), 5)
    return l
t(list_insert)

b = bytearray(b'abcdef' * 10)
def ba_get(): return b[shrinker(b, 3)]
t(ba_get)
b = bytearray(b'abcdef' * 10)
def ba_slice_get(): return b[shrinker(b, 3):shrinker(b, 40):3]
t(ba_slice_get)
b = bytearray(b'abcdef' * 10)
def ba_slice_set():
    b[shrinker(b, 3):shrinker(b, 50)] = b'xyz'
    return b
t(ba_slice_set)
b = bytearray(b'abcdef' * 10)
def ba_ext_set():
    b[::shrinker(b, 2)] = b'x' * 30
    return b
t(ba_ext_set)
b = bytearray(b'abcdef' * 10)
def ba_ext_set_gen():
    def g():
        b.clear()
        yield from range(30)
    b[::2] = g()
    return b
t(ba_ext_set_gen)
b = bytearray(b'abcdef' * 10)
def ba_ext_del():
    del b[::shrinker(b, 2)]
    return b
t(ba_ext_del)
b = bytearray(b'abcdef' * 10)
def ba_set_value():
    b[3] = shrinker(b, 200)
    return b
t(ba_set_value)
b = bytearray(b'abcdef' * 10)
def ba_set_value_ok():
    b[3] = shrinker(b, 65)
    return b
t(ba_set_value_ok)
b = bytearray(b'abcdef' * 10)
def ba_pop(): return b.pop(shrinker(b, 5))
t(ba_pop)
b = bytearray(b'abcdef')
def ba_insert():
    b.insert(shrinker(b, 5), shrinker(b, 66))
    return b
t(ba_insert)
