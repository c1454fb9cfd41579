u = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
print(u.encoding, u.object, u.start, u.end, u.reason, str(u), repr(u), u.args)
u.start = 1; u.end = 2; u.reason = 'r'
print(str(u), u.args, u.__dict__)
u.end = 5
print(str(u))
u.encoding = 'latin'
print(str(u))
try:
    del u.start
except TypeError as e:
    print(e)
try:
    u.start = "x"
except TypeError as e:
    print(e)
u = UnicodeDecodeError('ascii', bytearray(b'ab\x80'), 2, 3, 'ordinal not in range(128)')
print(type(u.object).__name__, u)
for args in [(1, b'', 0, 1, 'r'), ('e', 'str', 0, 1, 'r'), ('e', b'', 'x', 1, 'r'), ('e', b'', 0, 1, 5), ('e', b'')]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as e:
        print(e)
u = UnicodeEncodeError('ascii', 'a\u20acb\U0001F600', 1, 2, 'bad')
print(u, u.object, u.start)
u.start = 3; u.end = 4
print(u)
u.start = 0; u.end = 4
print(u)
for args in [('e', b'x', 0, 1, 'r'), (1, 'x', 0, 1, 'r'), ('e', 'x', 0, 1)]:
    try:
        UnicodeEncodeError(*args)
    except TypeError as e:
        print(e)
t = UnicodeTranslateError('abc\xe9', 3, 4, 'why')
print(t, t.object, t.start, t.end, t.reason, t.encoding, t.args, repr(t))
t.end = 5
print(t)
for args in [(), ('a',), (b'x', 0, 1, 'r'), ('x', 0, 1, 2), ('a', 0, 1, 'r', 5)]:
    try:
        UnicodeTranslateError(*args)
    except TypeError as e:
        print(e)
try:
    b'\xe2\x82'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.object)
try:
    'x\u0100'.encode('latin-1')
except UnicodeEncodeError as e:
    print(e, e.start, e.end, e.object, e.encoding)
class MyDec(UnicodeDecodeError):
    pass
m = MyDec('utf-8', b'ab', 0, 2, 'why')
print(m, m.start)
try:
    MyDec('x')
except TypeError as e:
    print(e)
class MyDec2(UnicodeDecodeError):
    def __init__(self, msg):
        self.msg = msg
m = MyDec2('only')
print(repr(str(m)), m.args, m.encoding, m.start)
print(isinstance(u, UnicodeError), isinstance(u, ValueError))
print(UnicodeError("plain"), UnicodeError().args)
