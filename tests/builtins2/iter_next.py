def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
it = iter([1, 2, 3])
t(lambda: (next(it), next(it)))
t(lambda: (list(it)))
t(lambda: (next(it, "default")))
t(lambda: (next(it)))
cnt = [0]
def tick():
    cnt[0] += 1
    return cnt[0]
t(lambda: (list(iter(tick, 5))))
t(lambda: (iter(tick, 5).__next__()))
t(lambda: (next(iter(range(3)))))
t(lambda: (next(iter({"k": 1}.items()))))
t(lambda: (next(iter("é"))))
t(lambda: (next(iter([]), None)))
t(lambda: (iter([1]).__iter__().__next__()))
t(lambda: (next(zip("ab", "cd"))))
t(lambda: (next(enumerate("xy", 1))))
t(lambda: (next(map(str.upper, "q"))))
t(lambda: (next(reversed("abc"))))
t(lambda: (next(iter(()), "empty")))
t(lambda: (next(5)))
t(lambda: (iter(1)))
t(lambda: (iter(len, 1).__next__ is not None))
