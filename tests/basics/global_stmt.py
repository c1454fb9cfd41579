# The global statement.
counter = 0

def bump():
    global counter
    counter += 1
    return counter

bump()
bump()
print(counter, bump())

def make():
    global fresh
    fresh = 'created by make'

make()
print(fresh)

def reads():
    return counter * 10

print(reads())

def shadow():
    counter = 'local'
    return counter

print(shadow(), counter)

def two():
    global a, b
    a, b = 1, 2

two()
print(a, b)
