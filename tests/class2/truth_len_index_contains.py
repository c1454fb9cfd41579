class B1:
    def __bool__(self): return False
class B2:
    def __len__(self): return 0
class B3:
    def __bool__(self): return 1
class B4:
    def __len__(self): return -1
class B5:
    def __len__(self): return 2**70
class B6:
    def __len__(self): return 'x'
class B7:
    __bool__ = None
    def __len__(self): return 1
print(bool(B1()), bool(B2()), not B1())
for c in (B3, B4, B5, B6, B7):
    try: print(bool(c()))
    except Exception as e: print(type(e).__name__, e)
for c in (B4, B5, B6):
    try: print(len(c()))
    except Exception as e: print(type(e).__name__, e)
class Idx:
    def __index__(self): return 3
l = [0, 1, 2, 3, 4]
print(l[Idx()], l[Idx():], hex(Idx()), bin(Idx()), range(Idx()), 'ab' * Idx(), int(Idx()) if hasattr(int, '__index__') else '')
class BadIdx:
    def __index__(self): return 'x'
try: l[BadIdx()]
except TypeError as e: print(e)
class I2:
    def __int__(self): return 7
    def __float__(self): return 2.5
print(int(I2()), float(I2()))
try: l[I2()]
except TypeError as e: print(e)
class I3:
    def __int__(self): return 'x'
try: int(I3())
except TypeError as e: print(e)
class F3:
    def __float__(self): return 1
try: float(F3())
except TypeError as e: print(e)
class Tr:
    def __trunc__(self): return 9
try: print(int(Tr()))
except TypeError as e: print(e)
class IdxOnly:
    def __index__(self): return 4
print(int(IdxOnly()), float(IdxOnly()) if False else '')
try: float(IdxOnly())
except TypeError as e: print(e)
class C1:
    def __iter__(self): return iter([1, 2, 3])
class C2:
    def __getitem__(self, i):
        if i > 5: raise IndexError
        return i * 10
class C3:
    def __contains__(self, x): return x == 'yes'
class C4:
    __iter__ = None
    def __getitem__(self, i): return i
class C5:
    def __contains__(self, x): return 1
print(2 in C1(), 9 in C1(), 30 in C2(), 35 in C2(), 'yes' in C3(), 'no' not in C3(), 3 in C5())
try: 1 in C4()
except TypeError as e: print(e)
try: iter(C4())
except TypeError as e: print(e)
try: 1 in 5
except TypeError as e: print(e)
print(list(C2()), list(iter(C2())))
class C6:
    __contains__ = None
    def __iter__(self): return iter([1])
try: 1 in C6()
except TypeError as e: print(e)
class R:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try: reversed(R())
except TypeError as e: print(e)
class Hsh:
    def __hash__(self): return 'x'
try: hash(Hsh())
except TypeError as e: print(e)
class Hbig:
    def __hash__(self): return 2**100
print(hash(Hbig()) == hash(2**100))
class HSub(int):
    def __hash__(self): return 5
print(hash(HSub(3)))
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, b=2))
try: B1()()
except TypeError as e: print(e)
