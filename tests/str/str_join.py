# join() over lists, tuples, strings and dict keys.
print(', '.join(['a', 'b', 'c']))
print(''.join(['x', 'y', 'z']))
print('-'.join(('1', '2', '3')))
print('.'.join('abc'))
print(repr(','.join([])), repr(','.join(['only'])))
print('+'.join({'k1': 1, 'k2': 2}))
print(' '.join(['a', '', 'b']))
print('ab'.join(['1', '2', '3']))
words = 'the quick brown fox'.split()
print('_'.join(words))
try:
    ','.join(['a', 1, 'c'])
except TypeError as e:
    print('TypeError:', e)
try:
    ','.join(5)
except TypeError as e:
    print('TypeError:', e)
