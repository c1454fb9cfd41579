# status: 1
# An uncaught exception ends the program with status 1; stdout so far is kept.
print('first line')
for i in range(3):
    print(i)
print(1 // 0)
print('never printed')
