# gi_frame: one frame object per generator, live while suspended (no f_back), finished
# generators have none; frame.clear() closes a suspended generator.
import sys

def g():
    a = 1
    yield sys._getframe().f_back.f_code.co_name
    b = 2
    yield sys._getframe() is gen.gi_frame
    return a + b

gen = g()
fr = gen.gi_frame
print(fr.f_lineno, fr is gen.gi_frame, fr.f_back, fr.f_code.co_name, fr.f_locals)
print(next(gen))
print(fr.f_back, fr.f_locals, fr.f_lineno)
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("stop", e.value)
print(gen.gi_frame, fr.f_locals, fr.f_back, fr.f_lineno)

def h():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")

x = h()
next(x)
x.gi_frame.clear()
print(x.gi_frame, x.gi_running)
try:
    next(x)
except StopIteration:
    print("finished")

def running():
    yield sys._getframe().clear()
try:
    next(running())
except RuntimeError as e:
    print(e)

def caught():
    try:
        raise KeyError("k")
    except KeyError as e:
        yield e
err = next(caught())
print(err.__traceback__.tb_frame.f_code.co_name, err.__traceback__.tb_frame.f_back)
