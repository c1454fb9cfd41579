# bool is a subclass of int.
print(True + True, True * 3, True - False, -True, True // 1, True % 2)
print(type(True + 1), type(True + True), type(True and 1))
print(True == 1, False < True, True > 0)
print(sum([True, True, False, True]))
print(isinstance(True, int), isinstance(1, bool))
print(True / 2, 10 * False)
print(str(True + 0), repr(True * 1))
print(int(True), bool(2), bool(-1), bool(0))
