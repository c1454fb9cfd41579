# del of names.
x = 5
print(x)
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
a = b = [1]
del a
print(b)
p, q = 1, 2
del p, q
try:
    p
except NameError as e:
    print(e)
x = 'rebound'
print(x)
def f():
    y = 1
    del y
    return 'deleted local'
print(f())
