# Frame objects: tb_frame for the frame that caught the exception and for the frames it
# left, f_back chains, sys._getframe, f_locals of live and finished frames, clear().
import sys

class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)

def same():
    d = D("same")
    try:
        raise ValueError("x")
    except ValueError as e:
        return e

e = same()
print("returned")          # d lives on in the traceback's frame
f = e.__traceback__.tb_frame
print(f.f_code.co_name, f.f_lineno, sorted(f.f_locals))
print(type(f).__name__, type(f.f_back).__name__, f.f_back.f_code.co_name)
print(f.f_back.f_back)
del e, f
print("after del")

def inner():
    x = D("inner")
    1/0

def outer():
    y = D("outer")
    inner()

try:
    outer()
except ZeroDivisionError as err:
    tb = err.__traceback__
    while tb:
        fr = tb.tb_frame
        print(fr.f_code.co_name, tb.tb_lineno, fr.f_lineno, sorted(fr.f_locals) if fr.f_code.co_name != "<module>" else "-")
        tb = tb.tb_next
    fr = err.__traceback__.tb_next.tb_next.tb_frame
    chain = []
    while fr:
        chain.append(fr.f_code.co_name)
        fr = fr.f_back
    print(chain)
    print(err.__traceback__.tb_frame is sys._getframe())
print("handled")

def who():
    return sys._getframe(1).f_code.co_name
def caller():
    return who()
print(caller(), sys._getframe().f_code.co_name, sys._getframe(-5).f_code.co_name)
print(sys._getframe(0).f_back)
print(sys._getframe() is sys._getframe(0))
for bad in (100, 2**40, 1.5, "x"):
    try:
        sys._getframe(bad)
    except (ValueError, OverflowError, TypeError) as ex:
        print(type(ex).__name__, ex)
try:
    sys._getframe(depth=1)
except TypeError as ex:
    print(ex)
try:
    sys._getframe(1, 2)
except TypeError as ex:
    print(ex)

def current():
    a, b = 1, [2]
    def cl(): return b
    return sys._getframe()
f = current()
print(f.f_code.co_name, sorted(f.f_locals), f.f_back.f_code.co_name, f.f_globals is globals())
print(f.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)
try:
    sys._getframe().clear()
except RuntimeError as ex:
    print(ex)
f.clear()
print(f.f_locals)

def lines():
    f = sys._getframe()
    first = f.f_lineno
    second = f.f_lineno
    return second - first
print(lines())

def fb():
    return (lambda: sys._getframe(1))()
x = fb()
x.clear()
print(x.f_back.f_code.co_name, x.f_locals)   # clear() keeps f_back
