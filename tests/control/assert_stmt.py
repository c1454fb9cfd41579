# assert with and without a message.
assert True
assert 1 == 1, 'not raised'
try:
    assert False
except AssertionError as e:
    print('AssertionError:', repr(str(e)))
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print('AssertionError:', e)
try:
    x = []
    assert x, 'empty list: ' + str(x)
except AssertionError as e:
    print(e)
def checked(n):
    assert n >= 0, n
    return n * 2
print(checked(4))
try:
    checked(-3)
except AssertionError as e:
    print('caught', e)
calls = []
def msg():
    calls.append(1)
    return 'message'
assert True, msg()
print(calls)
