print('stdout line')
x = 0
y = 10 // x
print('not reached')
