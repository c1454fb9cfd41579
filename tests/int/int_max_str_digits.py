# sys.set_int_max_str_digits: glasspy has no limit by default, but honours one a program
# sets, in both directions, for bases that are not powers of two.
import sys

def show(f):
    try:
        r = f()
    except ValueError as e:
        print("ValueError:", e)
    else:
        print(r)

print(sys.get_int_max_str_digits())
show(lambda: len(str(10**5000)))
sys.set_int_max_str_digits(4300)
print(sys.get_int_max_str_digits())
show(lambda: int("1" * 5000))
show(lambda: int("1" * 4300) % 1000)
show(lambda: int("-" + "1_" * 4300 + "1"))
show(lambda: int("1" * 5000 + "x"))
show(lambda: int("f" * 5000, 16) % 1000)
show(lambda: int("7" * 5000, 8) % 1000)
show(lambda: int("z" * 5000, 36))
show(lambda: str(10**5000))
show(lambda: len(str(10**4299)))
show(lambda: len(str(-(10**4299))))
show(lambda: repr(10**4300))
show(lambda: "%d" % 10**5000)
show(lambda: format(10**5000, ","))
show(lambda: f"{10**5000}")
show(lambda: len(hex(10**5000)))
show(lambda: len(format(10**5000, "b")))
show(lambda: sys.set_int_max_str_digits(100))
show(lambda: sys.set_int_max_str_digits(-1))
sys.set_int_max_str_digits(maxdigits=640)
print(sys.get_int_max_str_digits())
show(lambda: int("9" * 641))
show(lambda: len(str(10**639)))
show(lambda: str(10**640))
sys.set_int_max_str_digits(0)
show(lambda: len(str(10**50000)))
show(lambda: int("3" * 50000) % 10**9)
