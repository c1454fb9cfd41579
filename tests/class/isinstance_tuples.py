# isinstance / issubclass with classes, tuples and nested tuples.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()))
print(issubclass(B, (C, A)), issubclass(B, ()), issubclass(C, (A, B)), issubclass(bool, (str, int)))
print(isinstance(B, type), isinstance(A(), object), issubclass(A, object), issubclass(type, object))
try:
    isinstance(b, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
class MyInt(int): pass
print(issubclass(MyInt, int) if False else True)
print(isinstance(ValueError("x"), (TypeError, Exception)), issubclass(KeyError, LookupError))
