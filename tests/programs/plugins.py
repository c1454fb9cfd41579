# A plugin/event framework: cooperative multiple inheritance (mixins with super() and
# **kwargs), proxies with __getattr__/__setattr__, the old __getitem__ iteration protocol,
# __index__, __call__, __contains__, recursive reprs, and attribute introspection.


class Registry(type):
    plugins = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if not ns.get("abstract", False):
            mcls.plugins[name.lower()] = cls
        return cls

    def __repr__(cls):
        return f"<plugin {cls.__name__}>"


class Base(metaclass=Registry):
    abstract = True

    def __init__(self, *, name="base", **kw):
        super().__init__(**kw)
        self.name = name
        self.trace = getattr(self, "trace", []) + ["Base"]

    def describe(self):
        return [self.name]


class LoggingMixin:
    def __init__(self, *, log=None, **kw):
        self.log = log if log is not None else []
        super().__init__(**kw)
        self.trace = getattr(self, "trace", []) + ["Logging"]

    def emit(self, msg):
        self.log.append(f"[{type(self).__name__}] {msg}")

    def describe(self):
        return ["logging"] + super().describe()


class CountingMixin:
    def __init__(self, *, start=0, **kw):
        self.count = start
        super().__init__(**kw)
        self.trace = getattr(self, "trace", []) + ["Counting"]

    def bump(self, n=1):
        self.count += n
        return self.count

    def describe(self):
        return ["counting"] + super().describe()


class Greeter(LoggingMixin, CountingMixin, Base):
    def __call__(self, who):
        self.bump()
        self.emit(f"hello {who}")
        return f"Hello, {who}! (#{self.count})"

    def describe(self):
        return ["greeter"] + super().describe()


class Shouter(Greeter):
    def __call__(self, who):
        return super().__call__(who.upper()).upper()


g = Greeter(name="g1", start=10)
s = Shouter(name="s1", log=g.log)
print(g("ann"), s("bob"), g("cy"))
print(g.log, g.trace, s.trace)
print([c.__name__ for c in Shouter.__mro__], Shouter.describe(s))
print(sorted(Registry.plugins), Registry.plugins["shouter"], type(Shouter).__name__, isinstance(Base, Registry))


class Proxy:
    __slots__ = ("_target", "_reads", "_writes")

    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_reads", [])
        object.__setattr__(self, "_writes", [])

    def __getattr__(self, name):
        self._reads.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._writes.append(name)
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._writes.append("-" + name)
        delattr(self._target, name)

    def __repr__(self):
        return f"Proxy({self._target!r})"


class Thing:
    def __init__(self):
        self.a = 1

    def __repr__(self):
        return f"Thing({vars(self)})"


t = Thing()
p = Proxy(t)
p.b = p.a + 1
p.c = [p.a, p.b]
del p.a
print(p, p._reads, p._writes, hasattr(p, "a"), getattr(p, "zzz", "dflt"))
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)


class Squares:
    """Old-style sequence: only __getitem__ and __len__."""

    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i

    def __len__(self):
        return self.n


sq = Squares(7)
print(list(sq), 16 in sq, 17 in sq, sq[-1], sq[1:6:2], sorted(sq, reverse=True)[:3], sum(sq), list(reversed(sq)))
print(max(sq), min(sq), any(x > 30 for x in sq), dict(enumerate(sq)), *sq[:3], len(sq), bool(Squares(0)))
it = iter(sq)
print(next(it), next(it), list(it), list(it))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


data = list(range(10))
print(data[Idx(3)], data[Idx(1):Idx(8):Idx(3)], "abcdef"[Idx(-2)], hex(Idx(255)), bin(Idx(5)), range(Idx(4)), [0] * Idx(3))
print(bytes(Idx(2)), (10).to_bytes(Idx(2), "big"), round(3.14159, Idx(2)), divmod(Idx(7) .__index__(), 2))


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __iter__(self):
        return iter(self.items)

    def __repr__(self):
        return f"Bag({', '.join(map(repr, self.items))})"


b = Bag(1, "two", 3.0)
b.items.append(Bag("inner"))
print(b, 3.0 in b, "two" in b, 4 in b, b in b)
lst = [1, 2]
lst.append(lst)
d = {"k": lst}
d["self"] = d
print(lst, d, repr(lst) == str(lst))
nested = ([], {})
nested[0].append(nested)
nested[1]["n"] = nested
print(nested)


class Config:
    defaults = {"debug": False, "level": 1}

    def __init__(self, **overrides):
        self.__dict__.update(self.defaults)
        self.__dict__.update(overrides)

    def __contains__(self, key):
        return key in self.__dict__

    def __getitem__(self, key):
        return self.__dict__[key]

    def __eq__(self, other):
        return isinstance(other, Config) and vars(self) == vars(other)

    def __bool__(self):
        return bool(self.__dict__.get("level"))


c1, c2 = Config(level=3), Config(level=3)
print("debug" in c1, "x" in c1, c1["level"], c1 == c2, c1 != c2, bool(Config(level=0)), vars(c1))
try:
    hash(c1)
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in dir(g) if not n.startswith("_")), callable(g), callable(Base), callable(3))
print(getattr(Greeter, "describe").__qualname__, Greeter.__call__.__name__, type(g).__call__ is Greeter.__call__)
