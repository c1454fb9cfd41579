def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = {"name": "Ann", "n": 3, "f": 2.5, "l": [1]}
t(lambda: "%(name)s has %(n)d items costing %(f).2f" % d)
t(lambda: "%(l)s %(l)r %(name)-6s|%(n)+04d" % d)
t(lambda: "%(name)10s|%(f)-8.3e|" % d)
t(lambda: "%(n)x %(n)o %(n)c" % {"n": 65})
t(lambda: "%(a)s" % {"a": "é"})
t(lambda: "%()s" % {"": 1})
t(lambda: "%(a" % {"a": 1})
t(lambda: "%(a)" % {"a": 1})
t(lambda: "%(a)*d" % {"a": 1})
t(lambda: "%s" % d if False else 1)
t(lambda: "%(n)s %%" % d)
t(lambda: "%s %s" % [1, 2])
t(lambda: "%s" % [1, 2])
t(lambda: "%s" % (d,) == str(d))
t(lambda: "%5.1f%%|%-5d|%05.1f" % (12.345, 7, -1.25))
