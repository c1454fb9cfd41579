# glasspy-exp: hand
# sys.getsizeof is honest (DESIGN §2.4): the bytes of the object's own allocation — 24 for
# an int or float slot, the size class of its pool block (multiples of 8 up to 512), a large
# block's size (multiples of 16) — plus buffers only it owns (a list's item array, a dict's
# table). Static objects report their C struct. The README's table lists the same numbers.
import sys
def show(label, obj):
    print(label, sys.getsizeof(obj))
def f():
    pass
show('int', 1000)
show('small int', 1)
show('float', 1.5)
show('bool', True)
show('None', None)
show('NotImplemented', NotImplemented)
show('object', object())
show('str empty', '')
show('str abc', 'abc')
show('tuple empty', ())
show('tuple 1', (1,))
show('tuple 3', (1, 2, 3))
show('list empty', [])
show('list 1', [1])
show('dict empty', {})
show('dict 1', {1: 2})
show('range', range(10))
show('slice', slice(1, 2))
show('function', f)
show('builtin function', len)
show('bound builtin method', [].append)
show('module', sys)
show('exception', ValueError('x'))
show('list_iterator', iter([]))
show('dict_keys', {}.keys())
show('enumerate', enumerate([]))
show('stdout', sys.stdout)
# str: a 48-byte header, the UTF-8 bytes and a NUL, rounded to the block size.
bad = 0
for n in range(700):
    need = 48 + n + 1
    want = (need + 7) // 8 * 8 if need <= 512 else (need + 15) // 16 * 16
    if sys.getsizeof('x' * n) != want:
        bad += 1
print('str sizes off the formula:', bad)
# tuple: a 24-byte header and 8 bytes per item.
bad = 0
for n in range(1, 120):
    need = 24 + 8 * n
    want = need if need <= 512 else (need + 15) // 16 * 16
    if sys.getsizeof(tuple(range(n))) != want:
        bad += 1
print('tuple sizes off the formula:', bad)
# A list's size follows its item array's allocation, not its length.
l = []
sizes = []
for i in range(20):
    s = sys.getsizeof(l)
    if s not in sizes:
        sizes.append(s)
    l.append(i)
print('list sizes while growing:', sizes)
