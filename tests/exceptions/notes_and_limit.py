# How __notes__ of every shape print, and sys.tracebacklimit trimming the traceback
# (through the traceback module, which formats as the uncaught-exception printer does).
import sys
import traceback

def show(e):
    text = "".join(traceback.format_exception(e))
    print(text.replace(__file__, "FILE"), end="")
    print("--")

class BadStr:
    def __str__(self):
        raise RuntimeError("no")

for notes in (["a", 5], "ab", 5, ("x", b"y"), [], ["multi\nline"], [BadStr()]):
    e = ValueError("x")
    e.__notes__ = notes
    try:
        raise e
    except ValueError as caught:
        show(caught)

e = KeyError("k")
e.add_note("first")
e.add_note("second")
show(e)

def inner():
    raise ValueError("deep")
def middle():
    inner()
def outer():
    middle()

for limit in (0, -3, 100):   # (1 or 2: traceback.py keeps the outermost, the printer the innermost)
    sys.tracebacklimit = limit
    try:
        outer()
    except ValueError as caught:
        show(caught)
del sys.tracebacklimit
try:
    outer()
except ValueError as caught:
    show(caught)
