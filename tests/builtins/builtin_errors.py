# Wrong arguments to builtins.
try:
    len()
except TypeError as e:
    print(e)
try:
    len([], [])
except TypeError as e:
    print(e)
try:
    abs()
except TypeError as e:
    print(e)
try:
    bin('1')
except TypeError as e:
    print(e)
try:
    oct(None)
except TypeError as e:
    print(e)
try:
    hex(7 / 2)
except TypeError as e:
    print(e)
try:
    isinstance(1)
except TypeError as e:
    print(e)
try:
    id()
except TypeError as e:
    print(e)
try:
    repr()
except TypeError as e:
    print(e)
try:
    sum()
except TypeError as e:
    print(e)
try:
    nosuchbuiltin()
except NameError as e:
    print(e)
try:
    len(x=[])
except TypeError as e:
    print(e)
