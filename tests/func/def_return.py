# return values: none, one, several.
def nothing():
    pass
def bare():
    return
def one():
    return 1
def several():
    return 1, 'two', [3]
print(nothing(), bare(), one(), several())
a, b, c = several()
print(a, b, c)
def first_even(items):
    for x in items:
        if x % 2 == 0:
            return x
    return None
print(first_even([1, 3, 4, 6]), first_even([1, 3]))
def loop_return():
    i = 0
    while True:
        i += 1
        if i == 5:
            return i
print(loop_return())
def nested_return(x):
    if x > 0:
        if x > 10:
            return 'big'
        return 'small'
    return 'non-positive'
print(nested_return(50), nested_return(5), nested_return(-5))
def returns_func():
    return len
print(returns_func()('abc'))
