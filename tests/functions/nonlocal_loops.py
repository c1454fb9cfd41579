def run():
    results = []
    state = 0
    def bump(k):
        nonlocal state
        state += k
        results.append(state)
    for i in range(5):
        bump(i)
    return results, state
print(run())
def counters():
    fs = []
    for i in range(3):
        def make(i=i):
            c = i
            def inc():
                nonlocal c
                c += 10
                return c
            return inc
        fs.append(make())
    return [f() for f in fs] + [fs[0]()]
print(counters())
def cell_after_loop():
    fs = [lambda: i for i in range(3)]
    i = "outer"
    return [f() for f in fs], i
print(cell_after_loop())
def shared():
    x = 0
    def a():
        nonlocal x
        x += 1
    def b():
        return x
    a(); a()
    return b()
print(shared())
def rebinding():
    val = "first"
    def get():
        return val
    r1 = get()
    val = "second"
    return r1, get()
print(rebinding())
def delete_cell():
    x = 1
    def f():
        return x
    del x
    try:
        f()
    except NameError as e:
        print(e)
delete_cell()
