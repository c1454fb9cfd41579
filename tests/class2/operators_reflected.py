class V:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        print('V.add', type(o).__name__)
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print('V.radd', type(o).__name__)
        if isinstance(o, int): return V(o + self.x)
        return NotImplemented
    def __repr__(self): return f'{type(self).__name__}({self.x})'
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o):
        print('V.lt'); return NotImplemented if not isinstance(o, V) else self.x < o.x
    def __gt__(self, o):
        print('V.gt'); return NotImplemented if not isinstance(o, V) else self.x > o.x
class W(V):
    def __radd__(self, o):
        print('W.radd', type(o).__name__)
        return W(100)
    def __gt__(self, o):
        print('W.gt'); return True
print(V(1) + V(2), V(1) + 3, 3 + V(1))
print(V(1) + W(2))
try: V(1) + 'a'
except TypeError as e: print(e)
try: 'a' + V(1)
except TypeError as e: print(e)
print(V(1) < W(2))
try: V(1) < 3
except TypeError as e: print(e)
print(V(1) == V(1), V(1) != V(2), V(1) == 1)
try: hash(V(1))
except TypeError as e: print(e)
print(V.__hash__)
class H:
    __hash__ = None
try: hash(H())
except TypeError as e: print(e)
class HE:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
print(type(hash(HE())).__name__)
class HEsub(HE):
    def __eq__(self, o): return False
print(HEsub.__hash__)
class Inh(HE): pass
print(Inh.__hash__ is object.__hash__)
x = V(5); x += 1; print(x)
class IA:
    def __init__(self): self.v = []
    def __iadd__(self, o): self.v.append(o); return self
    def __isub__(self, o): return NotImplemented
    def __sub__(self, o): return 'sub'
i = IA(); i += 1; i += 2; print(i.v)
i -= 1; print(i)
class Ord:
    def __init__(self, v): self.v = v
    def __le__(self, o): return self.v <= o.v
print(Ord(1) <= Ord(2), Ord(3) >= Ord(2))
try: Ord(1) < Ord(2)
except TypeError as e: print(e)
class NoEqNe:
    def __eq__(self, o): return 'eq-result'
print(NoEqNe() != 1, NoEqNe() == 1)
class Neg:
    def __neg__(self): return 'neg'
    def __invert__(self): return 'inv'
    def __pos__(self): return 'pos'
    def __abs__(self): return 'abs'
print(-Neg(), ~Neg(), +Neg(), abs(Neg()))
try: -V(1)
except TypeError as e: print(e)
class MM:
    def __matmul__(self, o): return 'mm'
    def __rmatmul__(self, o): return 'rmm'
print(MM() @ 1, 1 @ MM())
class DM:
    def __divmod__(self, o): return ('dm', o)
    def __rdivmod__(self, o): return ('rdm', o)
print(divmod(DM(), 1), divmod(1, DM()))
class Int(int):
    def __add__(self, o): return 'Int.add'
    def __radd__(self, o): return 'Int.radd'
print(1 + Int(2), Int(2) + 1, Int(1) + Int(2))
class Flt(float):
    def __rsub__(self, o): return 'Flt.rsub'
print(1.0 - Flt(2), 1 - Flt(2))
class Str(str):
    def __radd__(self, o): return 'Str.radd'
    def __rmul__(self, o): return 'Str.rmul'
print('a' + Str('b'), 3 * Str('b'))
class L(list):
    def __radd__(self, o): return 'L.radd'
print([1] + L([2]))
