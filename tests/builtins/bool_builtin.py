# bool() and truth values.
print(bool(), bool(0), bool(1), bool(-1), bool(9223372036854775807))
print(bool(''), bool(' '), bool('False'), bool('0'))
print(bool([]), bool([False]), bool(()), bool((0,)), bool({}), bool({0: 0}))
print(bool(None), bool(True), bool(False), bool(range(0)), bool(range(1)))
print(bool(0 / 1), bool(1 / 2))
print(bool(len), bool(bool))
print(type(bool(1)), bool(1) is True, bool(0) is False)
print(True + bool(5), bool(5) == 1)
