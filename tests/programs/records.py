# Dataclass-like records written by hand: field descriptors, class decorators,
# __init_subclass__, __set_name__, total ordering, validation and stable multi-key sorting.

_MISSING = object()


class Field:
    def __init__(self, default=_MISSING, *, kind=None, check=None, repr=True, compare=True):
        self.default = default
        self.kind = kind
        self.check = check
        self.repr = repr
        self.compare = compare

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_f_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return getattr(obj, self.slot)
        except AttributeError:
            raise AttributeError(f"{type(obj).__name__!r} object has no field {self.name!r} set") from None

    def __set__(self, obj, value):
        if self.kind is not None and not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.check is not None and not self.check(value):
            raise ValueError(f"invalid {self.name}: {value!r}")
        obj.__dict__[self.slot] = value

    def __repr__(self):
        return f"Field({self.name})"


def total_ordering(cls):
    lt = cls.__lt__
    cls.__le__ = lambda a, b: lt(a, b) or a == b
    cls.__gt__ = lambda a, b: not (lt(a, b) or a == b)
    cls.__ge__ = lambda a, b: not lt(a, b)
    return cls


class Record:
    _fields = ()
    registry = {}

    def __init_subclass__(cls, *, frozen=False, **kw):
        super().__init_subclass__(**kw)
        inherited = [f for base in reversed(cls.__mro__[1:]) for f in getattr(base, "_fields", ())]
        own = [v for v in vars(cls).values() if isinstance(v, Field)]
        names = []
        for f in inherited + own:
            if f.name not in names:
                names.append(f.name)
        cls._fields = tuple(getattr(cls, n) for n in names)
        cls._frozen = frozen
        Record.registry[cls.__name__] = cls

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__}() takes {len(fields)} positional arguments but {len(args)} were given")
        values = dict(zip((f.name for f in fields), args))
        for k, v in kwargs.items():
            if k in values:
                raise TypeError(f"{type(self).__name__}() got multiple values for argument {k!r}")
            if not any(f.name == k for f in fields):
                raise TypeError(f"{type(self).__name__}() got an unexpected keyword argument {k!r}")
            values[k] = v
        for f in fields:
            if f.name in values:
                object.__setattr__(self, f.name, values[f.name])
            elif f.default is not _MISSING:
                object.__setattr__(self, f.name, f.default() if callable(f.default) else f.default)
            else:
                raise TypeError(f"{type(self).__name__}() missing required argument: {f.name!r}")
        if hasattr(self, "__post_init__"):
            self.__post_init__()

    def __setattr__(self, name, value):
        if self._frozen:
            raise AttributeError(f"cannot assign to field {name!r}")
        object.__setattr__(self, name, value)

    def _key(self):
        return tuple(getattr(self, f.name) for f in self._fields if f.compare)

    def __repr__(self):
        inner = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in self._fields if f.repr)
        return f"{type(self).__qualname__}({inner})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if not self._frozen:
            raise TypeError(f"unhashable type: {type(self).__name__!r}")
        return hash(self._key())

    def __iter__(self):
        return (getattr(self, f.name) for f in self._fields)

    def replace(self, **changes):
        values = {f.name: getattr(self, f.name) for f in self._fields}
        values.update(changes)
        return type(self)(**values)

    def asdict(self):
        out = {}
        for f in self._fields:
            v = getattr(self, f.name)
            out[f.name] = v.asdict() if isinstance(v, Record) else v
        return out


@total_ordering
class Version(Record, frozen=True):
    major = Field(kind=int, check=lambda v: v >= 0)
    minor = Field(0, kind=int)
    patch = Field(0, kind=int)
    tag = Field("", kind=str, compare=False)

    @classmethod
    def parse(cls, text):
        core, _, tag = text.partition("-")
        nums = [int(x) for x in core.split(".")]
        return cls(*nums, tag=tag)

    def __lt__(self, other):
        return self._key() < other._key()

    def __str__(self):
        s = ".".join(map(str, (self.major, self.minor, self.patch)))
        return f"{s}-{self.tag}" if self.tag else s


class Person(Record):
    name = Field(kind=str, check=str.strip)
    age = Field(kind=int, check=lambda a: 0 <= a < 150)
    tags = Field(list, repr=False)

    def __post_init__(self):
        self.name = self.name.title()


class Employee(Person):
    dept = Field("eng")
    salary = Field(0, kind=int)


vs = [Version.parse(s) for s in ["1.2.3", "1.10", "1.2", "0.9.9-beta", "1.2.3-rc1", "2", "1.2.10"]]
print(vs)
print(sorted(vs), [str(v) for v in sorted(vs, reverse=True)])
print(Version(1, 2, 3) == Version(1, 2, 3, tag="x"), Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 99))
print(len({Version(1), Version(1, 0), Version(1, 0, 0, tag="z"), Version(1, 0, 1)}), hash(Version(3)) == hash(Version(3, 0, 0)))
print(max(vs), min(vs, key=lambda v: (v.tag == "", v)), list(Version(4, 5, 6)), tuple(vs[0]))

people = [
    Employee("ann smith", 31, dept="ops", salary=5200),
    Employee("bob", 25, salary=4100),
    Employee("cy", 31, salary=6100, dept="ops"),
    Employee("dee", 25, dept="ops", salary=4100),
    Employee("eve", 40, salary=7300),
    Person("fred", 58, ["x"]),
]
print(people[0], people[-1], people[-1].tags, people[1].tags is not people[2].tags)
# Stable sorts: sort by secondary key first, then primary.
staff = [p for p in people if isinstance(p, Employee)]
by_age = sorted(staff, key=lambda p: p.age)
by_dept_then_age = sorted(by_age, key=lambda p: p.dept)
print([p.name for p in by_dept_then_age])
print([(p.name, p.salary) for p in sorted(staff, key=lambda p: (-p.salary, p.name))])
groups = {}
for p in staff:
    groups.setdefault(p.dept, []).append(p)
for dept, members in sorted(groups.items()):
    total = sum(m.salary for m in members)
    print(f"{dept:<4} n={len(members)} total={total:>6,} avg={total / len(members):>8.2f} oldest={max(members, key=lambda m: m.age).name}")
raise_ = people[1].replace(salary=4500)
print(raise_, raise_ == people[1], people[1].asdict())

errors = [
    lambda: Version(-1), lambda: Version("1"), lambda: Version(1, 2, 3, "t", 5), lambda: Version(1, major=2),
    lambda: Version(1, build=3), lambda: Person(age=3), lambda: Person("  ", 3), lambda: Person("x", 200),
    lambda: setattr(Version(1), "major", 2), lambda: hash(people[0]), lambda: Version(1) < 3,
    lambda: Record.registry["Employee"]("z", 1, [], "d", 1.5),
]
for fn in errors:
    try:
        fn()
        print("no error")
    except (TypeError, ValueError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")

print(sorted(Record.registry), [f.name for f in Employee._fields], Version.major, Person.__mro__[1].__name__)
p = Person.__new__(Person)
try:
    p.age
except AttributeError as e:
    print(e)
print(vars(people[1]), people[0] != people[2], people[0] == "x")
