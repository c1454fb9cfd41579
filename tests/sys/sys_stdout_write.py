# sys.stdout.write writes a string as is and returns its length.
import sys
sys.stdout.write('no newline, ')
sys.stdout.write('then one\n')
n = sys.stdout.write('counted\n')
print(n)
print('mixed with print', end=' ')
sys.stdout.write('and write\n')
print(sys.stdout.write(''))
w = sys.stdout.write
w('bound method\n')
try:
    sys.stdout.write(5)
except TypeError as e:
    print('TypeError:', e)
