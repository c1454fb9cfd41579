print('not printed')
x = )
