# status: 1
# A replaced sys.excepthook receives (type, value, traceback) of the uncaught exception;
# if it fails, "Error in sys.excepthook:" and the original are printed to sys.stderr.
import sys
DIR = __file__.rsplit("/", 1)[0]
class Capture:
    def write(self, s):
        sys.stdout.write(s.replace(DIR, "DIR"))
    def flush(self):
        pass
sys.stderr = Capture()
print(sys.excepthook is sys.__excepthook__, type(sys.excepthook).__name__)
try:
    raise TypeError("shown by the default hook")
except TypeError:
    sys.excepthook(*sys.exc_info())
sys.__excepthook__(ValueError, ValueError("no traceback"), None)
sys.excepthook(str, "not an exception", None)
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print(e)
calls = []
def hook(t, v, tb):
    calls.append(t.__name__)
    print("hook:", t.__name__, v, type(tb).__name__, tb.tb_lineno, tb.tb_next.tb_lineno)
    raise KeyError("the hook broke")
sys.excepthook = hook
def f():
    raise ValueError("original")
f()
