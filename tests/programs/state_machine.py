# Enums built by hand with a metaclass, and a traffic-light / vending-machine state machine.


class EnumMeta(type):
    def __new__(mcls, name, bases, ns, **kw):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)
                   and not isinstance(v, (classmethod, staticmethod, property))}
        for k in members:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        cls._by_value = {}
        for k, v in members.items():
            if v in cls._by_value:  # alias
                cls._members[k] = cls._by_value[v]
                continue
            obj = object.__new__(cls)
            obj.name, obj.value = k, v
            cls._members[k] = obj
            cls._by_value[v] = obj
        return cls

    def __getattr__(cls, name):
        try:
            return cls.__dict__["_members"][name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_members", {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def __iter__(cls):
        return iter(dict.fromkeys(cls._members.values()))

    def __len__(cls):
        return len(set(cls._by_value))

    def __getitem__(cls, name):
        return cls._members[name]

    def __call__(cls, value):
        try:
            return cls._by_value[value]
        except KeyError:
            raise ValueError(f"{value!r} is not a valid {cls.__name__}") from None

    def __contains__(cls, member):
        return isinstance(member, cls) and member.name in cls._members

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"


class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self.name}"

    def __reduce__(self):
        return type(self), (self.value,)

    def __hash__(self):
        return hash(self.name)


class Light(Enum):
    RED = 1
    AMBER = 2
    GREEN = 3
    STOP = 1  # alias of RED

    @property
    def can_go(self):
        return self is Light.GREEN

    def next(self):
        order = list(type(self))
        return order[(order.index(self) + 1) % len(order)]


class Coin(Enum):
    NICKEL = 5
    DIME = 10
    QUARTER = 25
    DOLLAR = 100

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]


print(list(Light), len(Light), Light.STOP is Light.RED, Light(3), Light["AMBER"], repr(Light))
print([str(l) for l in Light], Light.GREEN.can_go, Light.RED.can_go, Light.GREEN.next(), Light.RED in Light, 1 in Light)
print(isinstance(Light.RED, Light), type(Light.RED).__name__, type(Light).__name__, Light.__mro__[1].__name__)
print({Light.RED: "stop", Light.GREEN: "go"}[Light.STOP], sorted(Coin, key=lambda c: -c.value)[0], Coin.parse("dime"))
for bad in [lambda: Light(7), lambda: Light["BLUE"], lambda: Light.PURPLE, lambda: setattr(Light, "RED", 9)]:
    try:
        bad()
    except (ValueError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)


class TransitionError(Exception):
    pass


class StateMachine:
    transitions = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.transitions = {}
        for name, fn in list(vars(cls).items()):
            spec = getattr(fn, "_transition", None)
            if spec:
                for src in spec[0]:
                    cls.transitions[(src, name)] = spec[1]

    def __init__(self, initial):
        self.state = initial
        self.trace = [initial]

    def fire(self, event, *args, **kwargs):
        key = (self.state, event)
        if key not in self.transitions:
            raise TransitionError(f"{event!r} not allowed in state {self.state}")
        result = getattr(self, event)(*args, **kwargs)
        self.state = self.transitions[key]
        self.trace.append(self.state)
        return result


def transition(sources, target):
    if not isinstance(sources, (list, tuple, set)):
        sources = [sources]

    def deco(fn):
        fn._transition = (tuple(sources), target)
        return fn
    return deco


class VState(Enum):
    IDLE = "idle"
    PAYING = "paying"
    VENDING = "vending"
    SERVICE = "service"


class Vending(StateMachine):
    PRICES = {"cola": 125, "chips": 90, "gum": 35}

    def __init__(self):
        super().__init__(VState.IDLE)
        self.credit = 0
        self.stock = dict.fromkeys(self.PRICES, 2)
        self.bank = []

    @transition([VState.IDLE, VState.PAYING], VState.PAYING)
    def insert(self, coin):
        self.credit += coin.value
        self.bank.append(coin)
        return self.credit

    @transition(VState.PAYING, VState.VENDING)
    def choose(self, product):
        price = self.PRICES[product]
        if self.stock[product] == 0:
            raise TransitionError(f"{product} sold out")
        if self.credit < price:
            raise TransitionError(f"need {price - self.credit} more for {product}")
        self.stock[product] -= 1
        self.credit -= price
        return product

    @transition(VState.VENDING, VState.IDLE)
    def dispense(self):
        change, self.credit = self._make_change(self.credit), 0
        return change

    @transition([VState.PAYING], VState.IDLE)
    def cancel(self):
        refund, self.credit = self._make_change(self.credit), 0
        return refund

    @transition([VState.IDLE], VState.SERVICE)
    def open_door(self):
        return sum(c.value for c in self.bank)

    @transition(VState.SERVICE, VState.IDLE)
    def close_door(self, restock=0):
        for k in self.stock:
            self.stock[k] += restock

    @staticmethod
    def _make_change(amount):
        coins = []
        for coin in sorted(Coin, key=lambda c: c.value, reverse=True):
            n, amount = divmod(amount, coin.value)
            coins += [coin.name.lower()] * n
        return coins


vm = Vending()
print(sorted((s.value, e) for s, e in Vending.transitions), len(Vending.transitions))
script = [
    ("choose", "cola"), ("insert", Coin.QUARTER), ("insert", Coin.DOLLAR), ("choose", "cola"),
    ("dispense",), ("insert", Coin.DOLLAR), ("choose", "gum"), ("dispense",),
    ("insert", Coin.DIME), ("cancel",), ("open_door",), ("insert", Coin.NICKEL),
    ("close_door",), ("insert", Coin.DOLLAR), ("choose", "cola"), ("insert", Coin.QUARTER),
    ("choose", "cola"), ("dispense",), ("insert", Coin.DOLLAR), ("insert", Coin.DOLLAR),
    ("choose", "cola"), ("choose", "chips"), ("dispense",),
]
for event, *args in script:
    before = vm.state
    try:
        result = vm.fire(event, *args)
        print(f"{before.value:>8} --{event}({', '.join(map(str, args))})--> {vm.state.value:<8} {result!r}")
    except TransitionError as e:
        print(f"{before.value:>8} !! {e}")
print(" -> ".join(s.value for s in vm.trace[:8]), "...", len(vm.trace))
print(vm.stock, vm.credit, [c.name for c in vm.bank].count("DOLLAR"))
counts = {}
for s in vm.trace:
    counts[s] = counts.get(s, 0) + 1
print(sorted(((s.name, n) for s, n in counts.items()), key=lambda t: (-t[1], t[0])))
