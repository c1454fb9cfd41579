# True, False and None.
print(True, False, None)
print(repr(True), repr(False), repr(None))
print(str(True), str(None))
print(type(True), type(False), type(None))
print(True is True, False is not True, None is None)
x = None
print(x is None, x is not None, x == None)
print(True == 1, False == 0, True + 1)
print(not None, not True, not False)
