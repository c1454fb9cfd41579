# status: 1
# An uncaught chained exception as sys.excepthook prints it (through sys.stderr, captured).
import sys
DIR = __file__.rsplit("/", 1)[0]
class Capture:
    def write(self, s):
        sys.stdout.write(s.replace(DIR, "DIR"))
        return len(s)
    def flush(self):
        pass
sys.stderr = Capture()

class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")
class Empty(Exception):
    def __str__(self):
        return ""
class Outer:
    class Inner(LookupError):
        pass

def level3():
    raise BadStr("x")
def level2():
    try:
        level3()
    except BadStr as e:
        raise Empty() from e
def level1():
    try:
        level2()
    except Empty:
        err = KeyError("k", 2)
        err.add_note("first note")
        err.add_note("second note")
        raise err
def top():
    try:
        raise ValueError("hidden by from None")
    except ValueError:
        try:
            level1()
        except KeyError:
            raise Outer.Inner("last")
top()
