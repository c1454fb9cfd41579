# Chained method calls and methods on literals.
print('  Hello, World  '.strip().lower().replace('world', 'there'))
print('a-b-c'.replace('-', ' ').upper().split())
print(','.join('x y z'.split()).upper())
print('abc'.upper().find('B'), 'x'.join('abc').count('x'))
line = 'key = value'
parts = line.split('=')
print(parts[0].strip(), parts[1].strip())
print('Title'.lower().startswith('t'))
m = 'text'.upper
print(m())
