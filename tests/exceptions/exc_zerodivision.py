# ZeroDivisionError from each operator.
cases = [(1, 0), (0, 0), (-5, 0)]
for a, b in cases:
    try:
        a / b
    except ZeroDivisionError as e:
        print('/', e)
    try:
        a // b
    except ZeroDivisionError as e:
        print('//', e)
    try:
        a % b
    except ZeroDivisionError as e:
        print('%', e)
try:
    1 / (2 - 2)
except ZeroDivisionError as e:
    print(type(e).__name__ + ':', e)
try:
    x = 10
    x /= 0
except ZeroDivisionError as e:
    print('/=', e)
try:
    1 / False
except ZeroDivisionError as e:
    print('bool', e)
