class EnumMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        members = {k: v for k, v in ns.items() if not k.startswith('_') and not callable(v)}
        for k in members: del ns[k]
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls._members = {}
        for k, v in members.items():
            inst = object.__new__(cls)
            inst.name, inst.value = k, v
            cls._members[k] = inst
            setattr(cls, k, inst)
        return cls
    def __iter__(cls): return iter(cls._members.values())
    def __len__(cls): return len(cls._members)
    def __getitem__(cls, k): return cls._members[k]
    def __contains__(cls, x): return x in cls._members.values()
    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value: return m
        raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
    def __repr__(cls): return f'<enum {cls.__name__!r}>'
    def __bool__(cls): return True
class Enum(metaclass=EnumMeta):
    def __repr__(self): return f'<{type(self).__name__}.{self.name}: {self.value!r}>'
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self): return self.name.lower()
print(list(Color), len(Color), Color['RED'], Color(2), Color.BLUE.describe())
print(Color.RED in Color, 5 in Color, Color, repr(Color.GREEN), bool(Color))
try: Color(9)
except ValueError as e: print(e)
print(isinstance(Color.RED, Color), type(Color.RED).__name__, sorted(m.value for m in Color))
# Field/Model ORM
class Field:
    counter = 0
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default
        Field.counter += 1; self.order = Field.counter
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, owner=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, v):
        if not isinstance(v, self.kind):
            raise TypeError(f'{type(obj).__name__}.{self.name}: expected {self.kind.__name__}, got {type(v).__name__}')
        obj.__dict__[self.name] = v
class ModelMeta(type):
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, ns)
        fields = []
        for b in reversed(cls.__mro__):
            fields += [v for v in vars(b).values() if isinstance(v, Field)]
        cls._fields = sorted({f.name: f for f in fields}.values(), key=lambda f: f.order)
        return cls
class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        for f in self._fields:
            if f.name in kw: setattr(self, f.name, kw.pop(f.name))
        if kw: raise TypeError(f'unexpected {sorted(kw)}')
    def __repr__(self):
        args = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in self._fields)
        return f'{type(self).__qualname__}({args})'
    def __eq__(self, o):
        return type(o) is type(self) and all(getattr(self, f.name) == getattr(o, f.name) for f in self._fields)
    __hash__ = None
class User(Model):
    name = Field(str, '')
    age = Field(int, 0)
class Admin(User):
    level = Field(int, 1)
u = User(name='ann', age=3); a = Admin(name='bob', level=9)
print(u, a, u == User(name='ann', age=3), u != a, [f.name for f in Admin._fields])
try: User(age='x')
except TypeError as e: print(e)
try: User(zzz=1)
except TypeError as e: print(e)
try: {u}
except TypeError as e: print(e)
print(vars(u), type(vars(User)).__name__, 'name' in vars(User), vars(User)['age'].kind)
