# Comparisons and membership on strings.
print('abc' == 'abc', 'abc' != 'abd', 'abc' < 'abd', 'abc' < 'ab', 'B' < 'a')
print('' < 'a', 'a' <= 'a', 'z' > 'aa', 'apple' >= 'apple pie')
print('a' < 'b' < 'c', 'abc' == 'ab' + 'c')
print('ell' in 'hello', 'xyz' in 'hello', '' in 'hello', 'hello' in 'hello')
print('H' not in 'hello', 'h' not in 'hello')
print('1' == 1, 'abc' == None)
print(min('b', 'a', 'c'), max('apple', 'banana'))
try:
    'a' < 1
except TypeError as e:
    print('TypeError:', e)
try:
    1 in 'abc'
except TypeError as e:
    print('TypeError:', e)
