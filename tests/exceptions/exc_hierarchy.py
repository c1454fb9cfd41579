# Catching through base classes.
def raise_kind(kind):
    if kind == 'key':
        {}['k']
    elif kind == 'index':
        [][0]
    elif kind == 'zero':
        1 // 0
    elif kind == 'value':
        int('v')
for kind in ('key', 'index'):
    try:
        raise_kind(kind)
    except LookupError as e:
        print('LookupError caught', type(e).__name__)
try:
    raise_kind('zero')
except ArithmeticError as e:
    print('ArithmeticError caught', type(e).__name__, e)
for kind in ('key', 'index', 'zero', 'value'):
    try:
        raise_kind(kind)
    except Exception as e:
        print('Exception caught', type(e).__name__)
print('done')
