# except (A, B) catches either.
def trouble(kind):
    if kind == 'key':
        return {}['missing']
    if kind == 'index':
        return [][1]
    if kind == 'zero':
        return 1 // 0
    if kind == 'type':
        return 1 + 'a'
    return 'fine'
for kind in ('key', 'index', 'zero', 'type', 'none'):
    try:
        print(trouble(kind))
    except (KeyError, IndexError) as e:
        print('lookup error:', type(e).__name__, e)
    except (ZeroDivisionError, TypeError) as e:
        print('other error:', type(e).__name__, e)
errs = (ValueError, TypeError)
try:
    int('?')
except errs as e:
    print('via a name:', e)
