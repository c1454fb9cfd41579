# list[int], dict[str, ...], int | None: the annotation objects of PEP 585 / PEP 604.
def f(x: list[int], y: dict[str, tuple[int, ...]] = None, *, z: int | None = None) -> set[str] | None:
    return x
print(f.__annotations__)
class Rec:
    name: str
    tags: list[str] = []
    parent: "Rec | None" = None
    kids: list[tuple[int, str]] | None = None
print(Rec.__annotations__)
a = list[int]
print(a, type(a), a.__origin__, a.__args__, a.__parameters__, a.__name__)
print(tuple[int, ...], tuple[()], dict[str, list[set[frozenset[int]]]], type[int], list["Rec"], list[None])
print(dict[str, Rec], list[int] == list[int], list[int] == list[str], list[int] != list, list[int] == list)
print(hash(list[int]) == hash(list[int]), len({list[int], list[int], dict[int, int]}))
print(a([3, 1, 2]), dict[str, int](a=1), tuple[int, ...]("ab"), a.append, a.__doc__ == list.__doc__)
print(list[int][0] if False else "ok", enumerate[int], frozenset[str], set[bytes])
class L(list[int]):
    pass
print(L.__bases__, L([1, 2]), isinstance(L(), list))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print("TypeError:", e)
u = int | str
print(u, type(u).__name__, u.__args__, int | None, None | int, int | int, (int | str) | (str | bytes))
print(u == (str | int), u == (int | bytes), hash(int | str) == hash(str | int), list[int] | None)
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None), issubclass(bool, int | str))
print(isinstance(3, (float, int | str)), dict | list[int] | None)
for bad in (lambda: int | "str", lambda: int | 3, lambda: 3 | int, lambda: isinstance(3, int | list[int]), lambda: list[int] | "x"):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
class Meta(type):
    pass
class K(metaclass=Meta):
    pass
print(K | None, K | int)
class WithOr(type):
    def __or__(cls, other):
        return "custom or"
class Q(metaclass=WithOr):
    pass
print(Q | int, int | Q)
