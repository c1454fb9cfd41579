# A small contextlib.contextmanager built on generators: throw() delivers the exception.
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, typ, val, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(typ, val, tb)
        except StopIteration as exc:
            return exc is not val
        except BaseException as exc:
            if exc is not val:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")

def contextmanager(func):
    def helper(*args, **kwargs):
        return GeneratorCM(func(*args, **kwargs))
    return helper

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

@contextmanager
def suppress(*excs):
    try:
        yield
    except excs as e:
        print("suppressed", type(e).__name__, e)

with tag("a") as a, tag("b") as b:
    print("inside", a, b)

with suppress(ValueError):
    raise ValueError("bad")
print("after suppress")

try:
    with suppress(KeyError), tag("t"):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)

with suppress(ZeroDivisionError), tag("z"):
    1 // 0
print("done")
