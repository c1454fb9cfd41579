def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
x = "é\n'"
y = [1, "a"]
t(lambda: f"{x!r}")
t(lambda: f"{x!s}")
t(lambda: f"{x!a}")
t(lambda: f"{y!r}")
t(lambda: f"{y!a:>20}")
t(lambda: f"{x!r:^12}")
t(lambda: f"{1.5!r}")
t(lambda: f"{None!r:>6}")
t(lambda: f"{x=}")
t(lambda: f"{y=!s}")
t(lambda: f"{ y = }")
t(lambda: f"{3.14159=:.2f}")
t(lambda: f"{'a'=:>5}")
t(lambda: f"{len(x)=}")
t(lambda: f"{y[0] + 1=}")
