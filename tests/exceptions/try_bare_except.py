# A bare except catches anything.
for thing in ('1 / 0', 'undefined', 'int', 'list'):
    try:
        if thing == '1 / 0':
            1 / 0
        elif thing == 'undefined':
            undefined_name
        elif thing == 'int':
            int('x')
        else:
            [].pop()
    except:
        print('caught something from', thing)
try:
    assert False
except ZeroDivisionError:
    print('wrong')
except:
    print('bare except after a typed one')
