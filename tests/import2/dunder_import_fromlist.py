import sys
sys.dont_write_bytecode = True
HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/_helpers")
def clean(s):
    return str(s).replace(HERE, "<here>")

try:
    from allbad import *
except AttributeError as e:
    print(e)
try:
    from allnonstr import *
except TypeError as e:
    print(e)
from alltuple import *
print(t1, 't2' in dir())
import replacer
print(replacer.value, replacer.anything)
from replacer import zzz
print(zzz)
from underscore import *
print(public, '_private' in dir(), '_sys' in dir())
import ipkg.sub.deep as d
print(d.__name__)
import ipkg.sub.deep
print(ipkg.__name__)
import sys
del sys.modules['ipkg.b']
import ipkg.b as b2
print(b2 is ipkg.b)
m = __import__('ipkg.sub', fromlist=['deep'])
print(m.__name__, m.deep.__name__)
m = __import__('ipkg', fromlist=['a'])
print(hasattr(m, 'a'))
try:
    __import__('ipkg', fromlist=['nosuchmod'])
    print("fromlist missing ok")
except ImportError as e:
    print("err", e)
try:
    __import__(5)
except TypeError as e:
    print(e)
try:
    __import__('ipkg', level=1)
except KeyError as e:
    print("KeyError", e)
try:
    __import__('ipkg', {'__package__': 5}, None, [], 1)
except TypeError as e:
    print(e)
g = {'__name__': 'ipkg.zz', '__package__': 'ipkg'}
print(__import__('sub.deep', g, None, None, 1).__name__)
print(__import__('sub.deep', g, None, ['x'], 1).__name__)
print(__import__('b', g, None, [], 1).__name__)
print(__import__('', g, None, [], 1).__name__)
print(__import__('b', {'__name__': 'ipkg.sub', '__spec__': ipkg.sub.__spec__}, level=2).__name__)
print(__import__('b', {'__name__': 'ipkg.q', '__path__': []}, level=2).__name__)
for bad in [None, 5, {}, {'__name__': 5}, {'__package__': None, '__name__': 'top'}]:
    try:
        __import__('x', bad, None, [], 1)
    except Exception as e:
        print(type(e).__name__, e)
try:
    __import__('ipkg', fromlist=[5])
except TypeError as e:
    print(e)
try:
    __import__('ipkg', fromlist=('a', 5))
except TypeError as e:
    print(e)
