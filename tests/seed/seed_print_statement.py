# glasspy-exp: hand
# The first seed's Python 2 print statement runs (DESIGN §1); valid Python 3 keeps its meaning.
N = 10
for i in range(3):
    print i, N - i
print 'a', 'b',
print 'c'
print
print('py3', 'call')
x = 5
print x
print not x
print None
print ~x
print 1, 'two', [3], {4: 5}
print x in [5], x not in [5]
print (x), 'tuple, py3'
