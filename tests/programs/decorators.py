# Memoised recursion, hand-written decorators (wraps, memoize, trace, retry, validate), closures.
import sys
import time

CALLS = 0


def wraps(wrapped):
    def deco(wrapper):
        for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return deco


def memoize(fn):
    cache = {}

    @wraps(fn)
    def wrapper(*args):
        global CALLS
        CALLS += 1
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    wrapper.cache = cache
    wrapper.clear = cache.clear
    return wrapper


def trace(prefix="", *, show_result=True):
    def deco(fn):
        depth = 0

        @wraps(fn)
        def wrapper(*args, **kwargs):
            nonlocal depth
            argstr = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
            print(f"{prefix}{'  ' * depth}-> {fn.__name__}({argstr})")
            depth += 1
            try:
                result = fn(*args, **kwargs)
            except Exception as e:
                print(f"{prefix}{'  ' * (depth - 1)}!! {type(e).__name__}: {e}")
                raise
            finally:
                depth -= 1
            if show_result:
                print(f"{prefix}{'  ' * depth}<- {result!r}")
            return result
        return wrapper
    return deco


def retry(times, exceptions=(Exception,)):
    def deco(fn):
        @wraps(fn)
        def wrapper(*a, **k):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **k)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e!r}")
                    last = e
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts") from last
        return wrapper
    return deco


def validate(**checks):
    def deco(fn):
        names = fn.__code__.co_varnames[:fn.__code__.co_argcount]

        @wraps(fn)
        def wrapper(*args, **kwargs):
            bound = dict(zip(names, args), **kwargs)
            for name, check in checks.items():
                if name in bound and not check(bound[name]):
                    raise ValueError(f"{fn.__name__}: bad value for {name}: {bound[name]!r}")
            return fn(*args, **kwargs)
        return wrapper
    return deco


@memoize
def partitions(n, k=None):
    """Number of partitions of n into parts <= k."""
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


@memoize
def catalan(n):
    return 1 if n < 2 else sum(catalan(i) * catalan(n - 1 - i) for i in range(n))


@memoize
def lcs(a, b):
    if not a or not b:
        return ""
    if a[-1] == b[-1]:
        return lcs(a[:-1], b[:-1]) + a[-1]
    return max(lcs(a[:-1], b), lcs(a, b[:-1]), key=len)


print(partitions(100), partitions.__name__, partitions.__doc__, partitions.__wrapped__.__name__)
print([catalan(i) for i in range(15)], len(catalan.cache))
print(repr(lcs("AGGTABQMZ", "GXTXAYBMQZ")), CALLS > 1000)
partitions.clear()
print(len(partitions.cache), partitions.__qualname__, memoize.__name__)


@trace("| ")
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


@trace(show_result=False)
def fail_at(n):
    if n == 0:
        raise LookupError("bottom")
    return fail_at(n - 1)


gcd(1071, 462)
try:
    fail_at(2)
except LookupError as e:
    print("caught", e)

state = {"n": 0}


@retry(3, exceptions=(ConnectionError, TimeoutError))
def flaky(threshold):
    state["n"] += 1
    if state["n"] < threshold:
        raise (ConnectionError if state["n"] % 2 else TimeoutError)(f"try {state['n']}")
    return f"ok after {state['n']}"


print(flaky(3))
state["n"] = 0
try:
    flaky(10)
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))


@validate(x=lambda v: v >= 0, name=str.isidentifier)
def register(name, x, extra=None):
    return f"{name}={x}"


print(register("alpha", 3), register(x=0, name="b"))
for args, kwargs in [(("1a", 1), {}), (("ok", -1), {}), ((), {"name": "z", "x": -2})]:
    try:
        register(*args, **kwargs)
    except ValueError as e:
        print(e)


# Closures: counters, accumulators, late binding.
def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    inc.reset = reset
    return inc


c1, c2 = make_counter(), make_counter(100, -10)
print([c1() for _ in range(3)], [c2() for _ in range(3)], c1.__closure__ is not None)
c1.reset()
print(c1(), [cell.cell_contents for cell in c1.__closure__], c1.__code__.co_freevars)
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    composed.__name__ = "∘".join(f.__name__ for f in fns)
    return composed


inc = lambda x: x + 1
inc.__name__ = "inc"
dbl = lambda x: x * 2
dbl.__name__ = "dbl"
f = compose(inc, dbl, abs)
print(f.__name__, f(-5), compose()(7), (lambda: 0).__name__, f.__qualname__)


def curry(fn, arity=None):
    arity = arity or fn.__code__.co_argcount

    def curried(*args):
        if len(args) >= arity:
            return fn(*args)
        return lambda *more: curried(*args, *more)
    return curried


vol = curry(lambda a, b, c: a * b * c)
print(vol(2)(3)(4), vol(2, 3)(4), vol(2)(3, 4), vol(1, 2, 3))


def kw_demo(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))


print(kw_demo(1, d=4), kw_demo(1, 2, 3, 4, 5, d=6, z=0, y=9), kw_demo.__defaults__, kw_demo.__kwdefaults__)
for call in [lambda: kw_demo(1), lambda: kw_demo(a=1, d=2), lambda: kw_demo(1, 2, 3, d=1, c=3), lambda: kw_demo()]:
    try:
        call()
    except TypeError as e:
        print(e)


def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, []), append_to.__defaults__)

t0 = time.perf_counter()
elapsed = time.perf_counter() - t0
print(elapsed >= 0, isinstance(time.time(), float), sys.getrecursionlimit() >= 1000)


class Registry:
    handlers = {}

    @classmethod
    def register(cls, *events):
        def deco(fn):
            for ev in events:
                cls.handlers.setdefault(ev, []).append(fn)
            return fn
        return deco

    @classmethod
    def emit(cls, ev, *args):
        return [h(*args) for h in cls.handlers.get(ev, [])]


@Registry.register("start", "stop")
def log_event(*args):
    return f"log{args}"


@Registry.register("start")
def greet(name="world"):
    return f"hello {name}"


print(Registry.emit("start", "bob"), Registry.emit("stop"), Registry.emit("nothing"))
print(sorted(Registry.handlers), [h.__name__ for h in Registry.handlers["start"]])
