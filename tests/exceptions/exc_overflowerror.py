# OverflowError when a length cannot be represented.
import sys
try:
    'ab' * sys.maxsize
except OverflowError as e:
    print('OverflowError:', e)
try:
    'abc' * (sys.maxsize // 2)
except OverflowError as e:
    print('OverflowError:', e)
try:
    s = 'xy'
    s *= sys.maxsize
except OverflowError as e:
    print('OverflowError:', e, s)
try:
    len(range(-10, sys.maxsize))
except OverflowError as e:
    print('OverflowError:', e)
try:
    len(range(-sys.maxsize, sys.maxsize, 1))
except OverflowError as e:
    print('OverflowError:', e)
print(len(range(0, sys.maxsize)), len(range(-sys.maxsize, sys.maxsize, 2)))
print(range(-10, sys.maxsize)[-1], range(-10, sys.maxsize)[0])
print('still running')
