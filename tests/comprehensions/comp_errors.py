def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ([x for x in 5]))
t(lambda: ([x for x in None]))
t(lambda: ({k: v for k, v in [1, 2]}))
t(lambda: ({k: v for k, v in [(1, 2, 3)]}))
t(lambda: ([x for x, y in [(1,)]]))
t(lambda: ({[x]: 1 for x in range(1)}))
t(lambda: ({[x] for x in range(1)}))
t(lambda: ([int(c) for c in "12a"]))
t(lambda: ([x.upper() for x in ["a", 1]]))
t(lambda: (sum(x for x in ["a"])))
t(lambda: (list(x for x in range(3) if 1 / (x - 1))))
t(lambda: ([(yield_ := x) for x in range(2)]))
