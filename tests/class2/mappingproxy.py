class C:
    x = 1
    def f(self): pass
d = C.__dict__
print(type(d).__name__, type(d))
print(d['x'], 'x' in d, 'zz' in d, len(d) == len(dict(d)))
print(sorted(k for k in d if not k.startswith('__')))
print(sorted(d.keys())[:3], d.get('x'), d.get('nope', 5))
print(type(d.copy()), d.copy()['x'])
try:
    d['x'] = 2
except TypeError as e: print(e)
try:
    del d['x']
except TypeError as e: print(e)
try:
    d['nope']
except KeyError as e: print(repr(e))
mp = type(d)({'a': 1, 'b': 2})
print(mp, repr(mp), str(mp))
print(mp | {'c': 3}, {'c': 3} | mp)
print(mp == {'a': 1, 'b': 2}, mp != {'a': 1})
print(list(mp.items()), list(mp.values()), list(reversed(mp)))
print(int.__dict__['__add__'])
print(type(int.__dict__))
print(type(C().__dict__))
o = C(); o.y = 3; print(o.__dict__)
try:
    type(d)([1,2])
except TypeError as e: print(e)
try:
    type(d)()
except TypeError as e: print(e)
try:
    mp |= {'z': 1}
except TypeError as e: print(e)
print(mp)
print(hash is not None)
try: hash(mp)
except TypeError as e: print(e)
print(len(mp), bool(type(d)({})))
print(mp.__class__.__name__)
import sys
class M(type): pass
class D(metaclass=M): y = 2
print(type(D.__dict__).__name__, D.__dict__['y'])
