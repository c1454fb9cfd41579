# str() of various objects.
print(str(1), str(-1), str(True), str(None), str('s'))
print(str([1, 'a']), str((1,)), str({'a': 1}), str(()), str([]))
print(str(7 / 2), str(range(3)), str(''))
print(repr(str(5)), repr(str('5')), type(str(5)))
print(str(), repr(str()))
print(str(1) + str(2), int(str(12)) + 1)
print(str(str('nested')))
