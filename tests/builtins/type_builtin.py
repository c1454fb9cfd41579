# type() of built-in values.
print(type(1), type(-1), type(True), type(None))
print(type('s'), type([]), type(()), type({}))
print(type(range(3)), type(7 / 2), type(len), type(type))
def f():
    pass
print(type(f))
print(type(1) == type(2), type(1) is int, type(True) is bool, type(True) is int)
print(type('a') is str, type([]) is list, type({}) is dict, type(()) is tuple)
print(type(1).__name__, type('').__name__, type(None).__name__, type(f).__name__)
print(type(type(1)), type(ValueError))
print(int, str, bool, list, dict, tuple, range)
