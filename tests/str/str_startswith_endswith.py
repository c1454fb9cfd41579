# startswith() and endswith().
s = 'filename.py'
print(s.startswith('file'), s.startswith('name'), s.startswith(''))
print(s.endswith('.py'), s.endswith('.c'), s.endswith(''))
print(s.startswith(('a', 'f')), s.endswith(('.c', '.h')), s.endswith(('.c', '.py')))
print(s.startswith('name', 4), s.startswith('name', 4, 6), s.endswith('name', 0, 8))
print(''.startswith(''), ''.endswith('x'))
print('abc'.startswith('abcd'), 'abc'.endswith('xabc'))
print(s.startswith('py', -2), s.endswith('file', 0, 4))
try:
    s.startswith(['f'])
except TypeError as e:
    print('TypeError:', e)
