# TypeError messages of operators and builtins.
try:
    1 + 'a'
except TypeError as e:
    print(e)
try:
    'a' + 1
except TypeError as e:
    print(e)
try:
    [1] + 'a'
except TypeError as e:
    print(e)
try:
    1 - None
except TypeError as e:
    print(e)
try:
    None * 2
except TypeError as e:
    print(e)
try:
    [] / 2
except TypeError as e:
    print(e)
try:
    {} // 2
except TypeError as e:
    print(e)
try:
    2 ** 'a'
except TypeError as e:
    print(e)
try:
    1 < 'a'
except TypeError as e:
    print(e)
try:
    [] > None
except TypeError as e:
    print(e)
try:
    -[]
except TypeError as e:
    print(e)
try:
    ~'a'
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
nothing = None
try:
    nothing[0]
except TypeError as e:
    print(e)
five = 5
try:
    five[0]
except TypeError as e:
    print(e)
try:
    x = 5
    x[0] = 1
except TypeError as e:
    print(e)
try:
    for i in 5:
        pass
except TypeError as e:
    print(e)
try:
    1 in 5
except TypeError as e:
    print(e)
try:
    {[]: 1}
except TypeError as e:
    print(e)
try:
    abs('a')
except TypeError as e:
    print(e)
try:
    1 & 'a'
except TypeError as e:
    print(e)
try:
    'abc'[1:'x']
except TypeError as e:
    print(e)
