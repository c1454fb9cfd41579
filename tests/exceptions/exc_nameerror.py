# NameError messages.
try:
    print(undefined_variable)
except NameError as e:
    print(e)
def f():
    return also_undefined
try:
    f()
except NameError as e:
    print(e)
try:
    undefined_function()
except NameError as e:
    print(e)
x = 1
del x
try:
    x
except NameError as e:
    print(e)
try:
    del never_defined
except NameError as e:
    print(e)
print('ok')
