# Default argument values, evaluated once at def time.
def power(base, exp=2):
    return base ** exp

print(power(3), power(3, 3), power(2, exp=10), power(exp=3, base=2))

def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct

print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(punct='.', name='Di', greeting='Yo'))
n = 10
def show(x=n):
    return x
n = 20
print(show(), show(5))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
def all_default(a=1, b=2, c=3):
    return a, b, c
print(all_default(), all_default(9), all_default(c=9), all_default(7, c=8))
