# Nested try statements and propagation through calls.
def inner():
    try:
        return {}['k']
    except IndexError:
        print('inner: not an IndexError')
def middle():
    try:
        inner()
    except ZeroDivisionError:
        print('middle: not a ZeroDivisionError')
    print('middle: not reached')
try:
    middle()
except KeyError as e:
    print('outer caught KeyError', e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print('handled inside')
        int('bad')
except ValueError as e:
    print('error raised in a handler:', e)
try:
    try:
        int('x')
    except ValueError:
        try:
            [][0]
        except IndexError as e:
            print('deep:', e)
    print('continues')
except Exception:
    print('not reached')
