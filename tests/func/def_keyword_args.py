# Calling with keyword arguments.
def describe(name, kind, size):
    return name + ' is a ' + size + ' ' + kind

print(describe('Rex', 'dog', 'big'))
print(describe(kind='cat', size='small', name='Tom'))
print(describe('Nemo', size='tiny', kind='fish'))
def sub(a, b):
    return a - b
print(sub(10, 3), sub(b=10, a=3), sub(10, b=3))
print('x'.join(['a', 'b']), int('11', base=2))
print('one', 'two', sep=', ', end='!\n')
l = [3, 1, 2]
l.sort(reverse=True)
print(l)
