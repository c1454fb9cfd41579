# glasspy-exp: hand
# DESIGN §1: (), '', True, False and None are singletons, however they are made.
e = ()
print(tuple() is e, (1, 2)[2:] is e, tuple([]) is e, () is e)
s = ''
print(str() is s, 'abc'[1:1] is s, ''.join([]) is s, 'ab'.replace('ab', '') is s, '' is s)
print((1 == 1) is True, (1 == 2) is False, bool(7) is True, bool(0) is False)
print(not 0 is True, isinstance(1, int) is True)
print([].append(1) is None, print is not None)
def nothing():
    pass
print(nothing() is None)
print(id(True) != id(1), id(False) != id(0), True == 1, False == 0)
