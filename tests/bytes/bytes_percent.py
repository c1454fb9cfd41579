print(b'%d items' % 5, b'%s and %s' % (b'a', b'b'), b'%5d|%-5d|%05d' % (1, 2, 3))
print(b'%x %X %o %#x' % (255, 255, 8, 255), b'%.2f %e' % (3.14159, 1000.0), b'%c%c' % (65, b'B'))
print(b'%r %a' % ('é', b'x'), b'100%%' % (), b'%(name)s=%(v)d' % {b'name': b'k', b'v': 7})
print(b'[%*d] [%-*s] [%.2s]' % (4, 7, 3, b'ab', b'xyz'), b'%i %u' % (-3, 4), b'no args' % ())
tests = [
    lambda: b'%s' % 'str',
    lambda: b'%d' % b'x',
    lambda: b'%d %d' % (1,),
    lambda: b'%d' % (1, 2),
    lambda: b'%z' % 1,
    lambda: b'%c' % 256,
    lambda: b'abc' % 5,
    lambda: b'%' % (),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
