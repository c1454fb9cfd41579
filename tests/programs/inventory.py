# Typed inventory system: annotations (PEP 585/604), generator-based context managers written
# by hand, __slots__, properties, __del__ and gc, iterators, exception groups of errors.
import gc
import sys


class contextmanager:
    """A hand-written contextlib.contextmanager."""

    def __init__(self, func):
        self.func = func
        self.__name__ = func.__name__
        self.__doc__ = func.__doc__

    def __call__(self, *args, **kwargs):
        return _GeneratorCM(self.func(*args, **kwargs))


class _GeneratorCM:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

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
            if exc is val:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


class suppress:
    def __init__(self, *excs: type[BaseException]) -> None:
        self.excs = excs
        self.caught: list[BaseException] = []

    def __enter__(self) -> "suppress":
        return self

    def __exit__(self, typ, val, tb) -> bool:
        if typ is not None and issubclass(typ, self.excs):
            self.caught.append(val)
            return True
        return False


LOG: list[str] = []


@contextmanager
def section(name: str, *, indent: int = 0):
    LOG.append(" " * indent + f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        LOG.append(" " * indent + f"  handled KeyError {e}")
    finally:
        LOG.append(" " * indent + f"</{name}>")


class StockError(Exception):
    def __init__(self, sku: str, message: str) -> None:
        super().__init__(f"{sku}: {message}")
        self.sku = sku


class Product:
    __slots__ = ("sku", "name", "_qty", "price", "tags")
    live = 0

    def __init__(self, sku: str, name: str, qty: int = 0, price: float = 0.0,
                 tags: set[str] | None = None) -> None:
        self.sku, self.name, self.price = sku, name, price
        self._qty = 0
        self.qty = qty
        self.tags = set(tags or ())
        Product.live += 1

    def __del__(self):
        Product.live -= 1

    @property
    def qty(self) -> int:
        return self._qty

    @qty.setter
    def qty(self, value: int) -> None:
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"qty must be int, not {type(value).__name__}")
        if value < 0:
            raise StockError(self.sku, f"negative stock {value}")
        self._qty = value

    @qty.deleter
    def qty(self) -> None:
        self._qty = 0

    @property
    def value(self) -> float:
        return round(self._qty * self.price, 2)

    def __repr__(self) -> str:
        return f"Product({self.sku!r}, {self.name!r}, qty={self._qty}, price={self.price:.2f})"


class Inventory:
    def __init__(self) -> None:
        self._items: dict[str, Product] = {}
        self.history: list[tuple[str, str, int]] = []

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, sku: object) -> bool:
        return sku in self._items

    def __getitem__(self, sku: str) -> Product:
        try:
            return self._items[sku]
        except KeyError:
            raise KeyError(f"unknown sku {sku!r}") from None

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda p: p.sku))

    def add(self, *products: Product) -> "Inventory":
        for p in products:
            if p.sku in self._items:
                raise StockError(p.sku, "duplicate")
            self._items[p.sku] = p
        return self

    def remove(self, sku: str) -> Product:
        return self._items.pop(sku)

    def move(self, sku: str, delta: int) -> int:
        p = self[sku]
        p.qty += delta
        self.history.append(("in" if delta > 0 else "out", sku, abs(delta)))
        return p.qty

    def apply(self, moves: list[tuple[str, int]]) -> list[Exception]:
        errors: list[Exception] = []
        for sku, delta in moves:
            try:
                self.move(sku, delta)
            except (StockError, KeyError, TypeError) as e:
                errors.append(e)
        return errors

    def by_tag(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for p in self:
            for t in sorted(p.tags):
                out.setdefault(t, []).append(p.sku)
        return out

    def low_stock(self, threshold: int = 5):
        yield from (p for p in self if p.qty < threshold)

    @property
    def total_value(self) -> float:
        return round(sum(p.value for p in self), 2)


inv = Inventory()
inv.add(
    Product("P-100", "widget", 40, 2.5, {"metal", "small"}),
    Product("P-200", "gizmo", 3, 19.99, {"electronic"}),
    Product("P-300", "doohickey", 0, 7.25),
    Product("P-050", "sprocket", 12, 0.35, {"metal"}),
)
print(len(inv), "P-100" in inv, "nope" in inv, inv.total_value, Product.live)
errs = inv.apply([("P-100", -15), ("P-200", -5), ("P-300", 10), ("X-1", 1), ("P-050", 2.0), ("P-050", -12)])
for e in errs:
    print(f"  {type(e).__name__}: {e}")
print([f"{p.sku}:{p.qty}" for p in inv], inv.history)
print(inv.by_tag(), [p.name for p in inv.low_stock()], [p.sku for p in inv.low_stock(threshold=30)])
print(Inventory.add.__annotations__, Product.__init__.__annotations__["tags"])
print(Inventory.apply.__annotations__, suppress.__init__.__annotations__)

with section("outer"):
    with section("inner", indent=2) as tag:
        LOG.append(f"    working in {tag}")
        inv["missing"]
    with section("second", indent=2):
        LOG.append("    fine")
print("\n".join(LOG))
LOG.clear()
try:
    with section("boom"):
        raise ValueError("not handled by section")
except ValueError as e:
    print("escaped:", e, LOG)

with suppress(StockError, KeyError) as s:
    inv.move("P-300", -100)
with suppress(KeyError) as s2:
    inv.remove("P-999")
print(s.caught, [repr(x) for x in s2.caught])
try:
    with suppress(KeyError):
        inv["P-100"].qty = "many"
except TypeError as e:
    print("TypeError passes through suppress:", e)

p = inv["P-300"]
del p.qty
print(p, p.value, hasattr(p, "__dict__"), Product.__slots__)
try:
    p.colour = "red"
except AttributeError as e:
    print("AttributeError:", e)

removed = inv.remove("P-300")
before = Product.live
del removed, p
print("live after del:", before, "->", Product.live)

class Node:
    instances = 0

    def __init__(self, name: str) -> None:
        self.name = name
        self.peer: "Node | None" = None
        Node.instances += 1

    def __del__(self) -> None:
        Node.instances -= 1


a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
del a, b
print("cycle alive before collect:", Node.instances)
found = gc.collect()
print("after collect:", Node.instances, found >= 2)

@contextmanager
def bad_cm():
    yield 1
    yield 2

try:
    with bad_cm():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
print(section.__name__, contextmanager.__doc__, sys.getrefcount(inv) >= 2)
inv = errs = s = s2 = e = None
print("live at end:", Product.live)
