# Argument errors when calling functions.
def f(a, b):
    return a + b
def g(a, b=2):
    return a * b
def h():
    return 0
try:
    f(1)
except TypeError as e:
    print('TypeError:', e)
try:
    f()
except TypeError as e:
    print('TypeError:', e)
try:
    f(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
try:
    g()
except TypeError as e:
    print('TypeError:', e)
try:
    g(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
try:
    h(1)
except TypeError as e:
    print('TypeError:', e)
try:
    f(1, c=2)
except TypeError as e:
    print('TypeError:', e)
try:
    f(1, a=2)
except TypeError as e:
    print('TypeError:', e)
try:
    f(b=1)
except TypeError as e:
    print('TypeError:', e)
n = 5
try:
    n()
except TypeError as e:
    print('TypeError:', e)
s = 'abc'
try:
    s()
except TypeError as e:
    print('TypeError:', e)
try:
    len()
except TypeError as e:
    print('TypeError:', e)
try:
    len(1, 2)
except TypeError as e:
    print('TypeError:', e)
