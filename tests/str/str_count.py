# count() of substrings.
s = 'banana'
print(s.count('a'), s.count('an'), s.count('ana'), s.count('x'), s.count(''))
print(s.count('a', 2), s.count('a', 2, 4), s.count('a', -2))
print(''.count(''), ''.count('a'))
print('aaaa'.count('aa'))
print('the cat sat on the mat'.count('at'), 'the cat'.count('the'))
