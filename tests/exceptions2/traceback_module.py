# The traceback module: format_exception (list pieces as CPython splits them), format_exc,
# print_exc, print_exception, format_exception_only. Lines carry no ^^^^ markers here, as
# in glasspy's tracebacks (the tested lines are whole-line expressions, where CPython
# prints none either).
import traceback, sys
DIR = __file__.rsplit("/", 1)[0]
_print = print
def print(*args, **kw):
    _print(*[str(a).replace(DIR, "DIR") for a in args], **kw)
class Out:
    def write(self, s):
        sys.stdout.write(s.replace(DIR, "DIR"))
out = Out()
def f():
    raise ValueError('x')
try:
    try:
        f()
    except ValueError as e:
        raise KeyError('k') from e
except KeyError as e:
    print(traceback.format_exception(e))
    print(traceback.format_exception(e, chain=False))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(type(e), e, None))
    print(traceback.format_exception_only(type(e), e))
    print(repr(traceback.format_exc()))
    print(repr(traceback.format_exc(chain=False)))
    traceback.print_exc(file=out)
    traceback.print_exception(e, file=out, chain=False)
    traceback.print_exception(type(e), e, e.__traceback__, limit=None, file=out)
print(repr(traceback.format_exc()))
traceback.print_exc(file=out)
e = ValueError('a\nb'); e.add_note('n1'); e.add_note('n2\nn3')
print(traceback.format_exception_only(e))
print(traceback.format_exception(e))
print(traceback.format_exception_only(None))
print(traceback.format_exception(None))
print(traceback.format_exception(ValueError, None, None))
for bad in (5, "s"):
    try:
        traceback.format_exception(bad)
    except Exception as x:
        print(type(x).__name__, x)
class Q(Exception):
    def __str__(self): return ""
print(traceback.format_exception_only(Q()))
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise TypeError("outer")
except TypeError:
    print(traceback.format_exc())
def gen():
    yield 1
    raise IndexError("in gen")
try:
    list(gen())
except IndexError:
    out = traceback.format_exc()
    print(out.count("File"), out.splitlines()[-1])
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
try:
    {}["nokey"]
except KeyError:
    traceback.print_exc(file=w)
print(len(w.parts), "".join(w.parts).splitlines()[-1])
