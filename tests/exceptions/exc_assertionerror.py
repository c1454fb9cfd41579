# AssertionError with and without messages.
try:
    assert 1 == 2
except AssertionError as e:
    print('no message:', repr(str(e)), type(e).__name__)
try:
    assert [], 'empty list is false'
except AssertionError as e:
    print(e)
try:
    assert 0, 42
except AssertionError as e:
    print(e)
try:
    assert None, ('tuple', 'message')
except AssertionError as e:
    print(e)
x = 3
try:
    assert x % 2 == 0, 'x must be even, got ' + str(x)
except AssertionError as e:
    print(e)
