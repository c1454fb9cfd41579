# Local and global names in functions.
x = 'global x'
def reads_global():
    return x
def has_local():
    x = 'local x'
    return x
print(reads_global(), has_local(), x)
def params_are_local(x):
    x = x + ' changed'
    return x
print(params_are_local('arg'), x)
def uses_later_global():
    return later
later = 'defined after the def'
print(uses_later_global())
def counter_loop():
    total = 0
    for i in range(4):
        total += i
    return total, i
print(counter_loop())
def calls_other():
    return reads_global() + '!'
print(calls_other())
x = 'new global'
print(reads_global())
