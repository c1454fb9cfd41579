# The unraisable-exception report (here: gc.callbacks failing, which glasspy writes through
# sys.stderr): the exception's own traceback and "Type: message" only, no chained
# exceptions, no notes, and ": " even for an empty message.
import gc
import sys
DIR = __file__.rsplit("/", 1)[0]
class Capture:
    def write(self, s):
        sys.stdout.write(s.replace(DIR, "DIR"))
    def flush(self):
        pass
sys.stderr = Capture()

class Outer:
    class Failure(Exception):
        pass
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")

def chained(phase, info):
    try:
        raise KeyError("context, not shown")
    except KeyError:
        raise ValueError()
def noted(phase, info):
    e = Outer.Failure("with a note")
    e.add_note("the note is not shown")
    raise e
def bad_str(phase, info):
    raise BadStr(1)
def caused(phase, info):
    raise LookupError("cause not shown") from ZeroDivisionError("cause")
class CallableObject:
    def __repr__(self):
        return "<CallableObject>"
    def __call__(self, phase, info):
        raise TypeError(phase)
class BadRepr:
    def __repr__(self):
        raise ValueError("no repr")
    def __call__(self, phase, info):
        raise IndexError("object repr failed")

class Named:
    def __init__(self, fn):
        self.fn = fn
    def __repr__(self):
        return "<callback " + self.fn.__name__ + ">"
    def __call__(self, phase, info):
        self.fn(phase, info)

for cb in (Named(chained), Named(noted), Named(bad_str), Named(caused), CallableObject(), BadRepr()):
    gc.callbacks[:] = [cb]
    gc.collect()
    print("--- after", repr(cb) if not isinstance(cb, BadRepr) else "BadRepr")
gc.callbacks.clear()
print(gc.collect())
