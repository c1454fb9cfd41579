# if / elif / else.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'

for n in (-5, 0, 3, 10, 99):
    print(n, classify(n))
x = 5
if x > 3:
    print('x > 3')
if x > 10:
    print('never')
else:
    print('else branch')
if x:
    if x % 2:
        print('odd')
    else:
        print('even')
if '':
    print('empty string is true?')
elif []:
    print('empty list is true?')
elif 0:
    print('zero is true?')
else:
    print('all false')
if None is None: print('one line')
