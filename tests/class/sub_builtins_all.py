# Subclasses of many built-in types: instances, instance attributes, isinstance.
for base in [set, frozenset, dict, list, bool, range, object, Exception, OSError, StopIteration, KeyError, SyntaxError, SystemExit, property, staticmethod, classmethod, super]:
    try:
        class S(base):
            pass
        try:
            if base in (super,):
                x = S(int, 1)
            elif base is property or base is staticmethod or base is classmethod:
                x = S(len)
            else:
                x = S()
            x.attr = 1
            print(base.__name__, type(x).__name__, x.attr, isinstance(x, base))
        except Exception as e:
            print(base.__name__, "instance:", type(e).__name__, e)
    except TypeError as e:
        print(base.__name__, "class:", e)
for base, arg in [(str, "ab"), (tuple, (1, 2)), (bytes, b"xy"), (int, 5), (bytearray, b"q")]:
    class S(base):
        def twice(self):
            return self + self
    x = S(arg)
    print(base.__name__, type(x).__name__, x == arg, isinstance(x, base), x.twice())
