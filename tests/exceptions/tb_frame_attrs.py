# tb.tb_frame of a frame that an exception left: f_code, f_lineno, f_locals, f_globals.
import gc


def inner(a, b=2):
    c = a + b
    cells = [1]

    def use():
        return cells

    raise RuntimeError("boom")


def middle():
    m = "middle-local"
    inner(1)


try:
    middle()
except RuntimeError as e:
    tb = e.__traceback__
    names = []
    t = tb.tb_next
    while t is not None:
        fr = t.tb_frame
        names.append((fr.f_code.co_name, fr.f_lineno, t.tb_lineno, sorted(fr.f_locals)))
        print(type(fr).__name__, fr.f_globals is globals())
        t = t.tb_next
    for n in names:
        print(n)
    print(tb.tb_next.tb_next.tb_frame.f_locals["c"])
    del tb, t, fr


# A cycle through the traceback: the exception is kept in a local of a frame its own
# traceback holds. The cycle collector frees it.
class D:
    def __del__(self):
        print("del cycle local")


def cyc():
    w = D()
    try:
        1 / 0
    except ZeroDivisionError as e:
        me = e
    raise me


try:
    cyc()
except ZeroDivisionError:
    print("cycle caught")
print("collecting")
gc.collect()
print("end")
