# + and * on strings.
print('ab' + 'cd', '' + 'x', 'x' + '')
print('ab' * 3, 3 * 'ab', 'ab' * 1, 'ab' * 0, 'ab' * -2, '' * 100)
print(repr('ab' * 0), repr('' + ''))
s = 'na'
print(s * 4 + ' batman')
print('-' * 20)
print(('a' + 'b') * 2, 'a' + 'b' * 2)
print(True * 'yes', False * 'no' == '')
