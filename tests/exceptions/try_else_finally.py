# else runs when nothing was raised; finally always runs.
def attempt(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print('  except')
        r = None
    else:
        print('  else, r =', r)
    finally:
        print('  finally')
    return r
print(attempt(2))
print(attempt(0))
try:
    print('body')
finally:
    print('finally without except')
try:
    try:
        [][1]
    finally:
        print('inner finally runs during propagation')
except IndexError as e:
    print('outer caught', e)
for i in range(3):
    try:
        if i == 1:
            continue
        print('loop body', i)
    finally:
        print('loop finally', i)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print('finally before break', i)
