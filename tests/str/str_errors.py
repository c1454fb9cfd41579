# Type errors and attribute errors on strings.
try:
    'a' + 1
except TypeError as e:
    print('TypeError:', e)
try:
    1 + 'a'
except TypeError as e:
    print('TypeError:', e)
try:
    'a' * 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    'a' - 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    s = 'abc'
    s[0] = 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    del s[0]
except TypeError as e:
    print('TypeError:', e)
try:
    'abc'.nosuchmethod()
except AttributeError as e:
    print('AttributeError:', e)
try:
    'abc'.upper(1)
except TypeError as e:
    print('TypeError:', e)
try:
    'abc'.find()
except TypeError as e:
    print('TypeError:', e)
try:
    'abc'.replace('a')
except TypeError as e:
    print('TypeError:', e)
try:
    'a' * (3 / 2)
except TypeError as e:
    print('TypeError:', e)
try:
    -'a'
except TypeError as e:
    print('TypeError:', e)
