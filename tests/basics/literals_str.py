# String literals: quotes, triple quotes, implicit concatenation.
print('single')
print("double")
print('it\'s', "say \"hi\"")
print("it's", 'say "hi"')
print('''triple
single''')
print("""triple
double with 'quotes' and "quotes" """)
print('adjacent' ' ' "literals" '''join''')
print('')
print("", 'x', "")
s = ('one '
     'two '
     'three')
print(s)
print(len(''), len('abc'), len("""a
b"""))
print('a' 'b' == 'ab')
print("""\
no leading newline""")
print('line one \
continued')
