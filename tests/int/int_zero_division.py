# Dividing by zero.
try:
    1 / 0
except ZeroDivisionError as e:
    print('/', e)
try:
    1 // 0
except ZeroDivisionError as e:
    print('//', e)
try:
    1 % 0
except ZeroDivisionError as e:
    print('%', e)
try:
    0 / 0
except ZeroDivisionError as e:
    print('0/0', e)
try:
    x = 5
    x //= 0
except ZeroDivisionError as e:
    print('//=', e, x)
try:
    x %= 0
except ZeroDivisionError as e:
    print('%=', e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print('**', e)
print(0 // 5, 0 % 5, 0 / 5)
