import sys
a = set()
b = set(range(4))
c = set(range(100))
print(a.__sizeof__() == b.__sizeof__(), c.__sizeof__() > b.__sizeof__())
print(sys.getsizeof(c) > sys.getsizeof(a))
a.update(range(10))
print(a.__sizeof__() > b.__sizeof__())
