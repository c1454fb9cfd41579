# find() and index(), with start and end.
s = 'hello world, hello'
print(s.find('hello'), s.find('world'), s.find('xyz'), s.find(''))
print(s.find('hello', 1), s.find('hello', 1, 10), s.find('o', 5), s.find('o', -5))
print(s.find('l', 3, 4), s.find('', 100), s.find('', 5))
print(s.index('world'), s.index('hello', 1), s.index('d'))
print('abc'.find('c', -1), 'abc'.find('a', -100))
try:
    s.index('xyz')
except ValueError as e:
    print('ValueError:', e)
try:
    s.index('hello', 1, 10)
except ValueError as e:
    print('ValueError:', e)
print(s.find('o', None, 5), s.find('o', 5, None))
