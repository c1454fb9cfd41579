MP = type(type.__dict__)
a = MP({'x': 1}); b = MP({'x': 1})
print(a == b, a != b, a == {'x': 1}, {'x': 1} == a, a == 5)
try: a < b
except TypeError as e: print(e)
class M:
    def __init__(self): self.d = {'k': 'v', 'j': 'w'}
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def keys(self): return self.d.keys()
    def items(self): return list(self.d.items())
    def values(self): return 'values!'
    def get(self, k, d=None): return ('get', k, d)
    def copy(self): return 'copied'
    def __reversed__(self): return iter(['r'])
    def __contains__(self, k): print('contains', k); return True
p = MP(M())
print(p['k'], list(p), len(p), p.items(), p.values(), p.get('z'), p.get('z', 1), p.copy(), list(reversed(p)), 'zz' in p)
print(list(p.keys()), dict(p), {**p})
class NoLen:
    def __getitem__(self, k): return k
q = MP(NoLen())
try: len(q)
except TypeError as e: print(e)
try: iter(q)
except TypeError as e: print(e)
print(q[5])
try: MP(NoLen(), 1)
except TypeError as e: print(e)
try: MP(mapping={})
except TypeError as e: print(e)
print(MP(mapping={'a': 1}))
try: MP('abc')
except TypeError as e: print(e)
try: MP(5)
except TypeError as e: print(e)
print(MP(MP({'n': 1})))
print(type(int.__dict__.items()).__name__, sorted(int.__dict__)[:3], int.__dict__.get('nope'))
try: type(int.__dict__)._x = 1
except TypeError as e: print(e)
try: a.__dict__
except AttributeError as e: print(e)
print(a.__class__ is MP, MP.__name__, MP.__module__)
