def g():
    yield me.send(None)

me = g()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def closes_self():
    me2.close()
    yield 1
me2 = closes_self()
try:
    next(me2)
except ValueError as e:
    print("ValueError:", e)

def throws_self():
    yield me3.throw(KeyError)
me3 = throws_self()
try:
    next(me3)
except ValueError as e:
    print("ValueError:", e)

def running():
    yield r.gi_running
r = running()
print(r.gi_running, next(r), r.gi_running)
