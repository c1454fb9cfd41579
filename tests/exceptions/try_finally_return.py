# finally runs on return; a return in finally wins.
def f():
    try:
        return 'from try'
    finally:
        print('finally runs')
print(f())
def g():
    try:
        return 'try'
    finally:
        return 'finally'
print(g())
def h(x):
    try:
        if x:
            return 'early'
        r = 'late'
    finally:
        print('cleanup', x)
    return r
print(h(1), h(0))
def swallow():
    try:
        1 / 0
    finally:
        return 'swallowed'
print(swallow())
def loop():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print('finally', i)
print(loop())
