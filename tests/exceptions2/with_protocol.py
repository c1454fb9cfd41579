class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise ValueError("enter " + self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v, tb is not None)
        if self.fail_exit:
            raise KeyError("exit " + self.name)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("a"), CM("b", suppress=True):
    raise TypeError("t")
print("after suppressed")
try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        print("never")
except ValueError as e:
    print("caught", e)
try:
    with CM("a", fail_exit=True):
        raise TypeError("orig")
except KeyError as e:
    print("caught", repr(e), repr(e.__context__))
def f():
    with CM("r"):
        return "retval"
print(f())
def f2():
    for i in range(3):
        with CM(str(i), suppress=True):
            if i == 0:
                continue
            if i == 1:
                break
    return i
print(f2())
def f3():
    with CM("s", suppress=True):
        return 1/0
    return "fell through"
print(f3())
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
class Neither: pass
for cls in (NoEnter, NoExit, Neither):
    try:
        with cls():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy():
    raise ValueError
print("truthy suppressed")
class BadBool:
    def __bool__(self): raise ZeroDivisionError("bool")
class BB:
    def __enter__(self): return self
    def __exit__(self, *a): return BadBool()
try:
    with BB():
        raise ValueError
except ZeroDivisionError as e:
    print("bool err", repr(e.__context__))
# with target unpacking
class T:
    def __enter__(self): return (1, (2, 3))
    def __exit__(self, *a): pass
with T() as (x, (y, z)):
    print(x, y, z)
d = {}
with T() as d["k"]:
    pass
print(d)
# __exit__ as instance attr not used (looked up on type)
class Inst:
    def __init__(self):
        self.__enter__ = lambda: 1
        self.__exit__ = lambda *a: None
try:
    with Inst():
        pass
except TypeError as e:
    print(e)
# generator-based cm class
class GenCM:
    def __init__(self, gen): self.gen = gen
    def __enter__(self): return next(self.gen)
    def __exit__(self, t, v, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        else:
            try:
                self.gen.throw(v)
            except StopIteration:
                return True
            except BaseException as e:
                if e is v: return False
                raise
def managed():
    print("setup")
    try:
        yield "res"
    except ValueError as e:
        print("gen handled", e)
    finally:
        print("teardown")
with GenCM(managed()) as r:
    print("using", r)
with GenCM(managed()) as r:
    raise ValueError("inside")
try:
    with GenCM(managed()) as r:
        raise KeyError("ke")
except KeyError as e:
    print("out", e)
# exit receives exception in finally ordering
def order():
    try:
        with CM("o"):
            try:
                raise ValueError(1)
            finally:
                print("inner finally")
    except ValueError:
        print("caught outside")
order()
# nested with and exc_info
import sys
class Info:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exc_info in exit", sys.exc_info()[0])
with Info():
    pass
try:
    with Info():
        raise IndexError
except IndexError:
    pass
