# Special methods of built-in types visible as attributes.
print(hasattr("", "__len__"), hasattr(1, "__add__"), hasattr([], "__iter__"))
print(int.__add__(1, 2), (5).__mul__(3), "ab".__len__(), [1, 2].__len__())
print(list(iter([1, 2].__iter__())), "x".__add__("y"), (3).__radd__(4))
print((1).__eq__(1), (1).__eq__("a"), (1).__lt__(2), "a".__contains__("a"))
print(str.__repr__("q"), int.__repr__(7), object.__repr__(None).startswith("<"))
print({1: 2}.__getitem__(1), [5, 6].__getitem__(-1), (1).__bool__(), (0).__bool__())
d = {}
d.__setitem__("k", 1)
print(d, (7).__neg__(), (7).__hash__() == hash(7), (2.5).__int__() if hasattr(2.5, "__int__") else 2)
print(type(int.__add__).__name__, type((1).__add__).__name__)
try:
    int.__add__("a", 1)
except TypeError as e:
    print("TypeError:", e)
print(NotImplemented is (1).__add__("x"))
class MyList(list):
    def __len__(self):
        return list.__len__(self) + 100
print(len(MyList([1])), MyList([1]).__len__())
it = [1, 2].__iter__()
print(it.__next__(), next(it))
try:
    it.__next__()
except StopIteration:
    print("StopIteration")
