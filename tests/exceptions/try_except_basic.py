# try / except catches the named exception and carries on.
try:
    print('before')
    1 / 0
    print('not reached')
except ZeroDivisionError:
    print('caught ZeroDivisionError')
print('after')
try:
    print('no error')
except ValueError:
    print('not reached')
def risky(x):
    return 10 // x
for v in (2, 0, 5):
    try:
        print(risky(v))
    except ZeroDivisionError:
        print('division by zero for', v)
try:
    [][0]
except IndexError:
    print('IndexError')
except KeyError:
    print('not this one')
try:
    {}['k']
except IndexError:
    print('not this one')
except KeyError:
    print('KeyError')
