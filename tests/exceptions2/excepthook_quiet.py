# status: 1
import sys
def hook(t, v, tb):
    print("handled", t.__name__, v.args, v.__context__)
sys.excepthook = hook
try:
    raise KeyError("first")
except KeyError:
    raise IndexError("second")
