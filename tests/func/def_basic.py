# Defining and calling functions.
def greet(name):
    print('hello', name)

greet('world')
r = greet('again')
print(r)

def add(a, b):
    return a + b

print(add(2, 3), add('a', 'b'), add([1], [2]))

def no_args():
    return 'no args'

print(no_args())
f = add
print(f(10, 20), f is add)
def early(x):
    if x:
        return 'early'
    print('fell through')
print(early(1), early(0))
print(type(add) is type(greet))
def redefined():
    return 1
def redefined():
    return 2
print(redefined())
