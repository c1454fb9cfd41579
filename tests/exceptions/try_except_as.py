# except E as e binds the exception; it is unbound after the handler.
try:
    int('nope')
except ValueError as e:
    print(e)
    print(type(e).__name__, type(e) is ValueError)
    print(isinstance(e, ValueError), isinstance(e, Exception))
    print(repr(str(e)))
try:
    e
except NameError as err:
    print('e is gone:', err)
try:
    None.attr
except AttributeError as e:
    msg = str(e)
print(msg)
errors = []
for s in ['1', 'x', '3', 'y']:
    try:
        errors.append(int(s))
    except ValueError as e:
        errors.append(str(e))
print(errors)
