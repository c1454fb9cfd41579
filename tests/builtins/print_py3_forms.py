# Lines that start with print but are valid Python 3 keep their Python 3 meaning.
a, b = 1, 2
print (a), b
print ('x'), 'y'
print
print(a, b)
try:
    print -1
except TypeError as e:
    print('TypeError:', e)
p = print
p('print is an ordinary name')
r = print('returns')
print(r)
