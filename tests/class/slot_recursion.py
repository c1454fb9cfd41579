# Special methods of user classes through operators and builtins, incl. recursion limits.
class A:
    def __repr__(self): return repr(self)
try: repr(A())
except RecursionError as e: print("RE1")
class B:
    def __getattr__(self, n): return self.x
try: B().y
except RecursionError as e: print("RE2")
class C:
    def __eq__(self, o): return self == o
try: C() == C()
except RecursionError as e: print("RE3")
class D:
    def __len__(self): return len(self)
try: len(D())
except RecursionError as e: print("RE4")
class E:
    def __add__(self, o): return self + o
try: E() + 1
except RecursionError as e: print("RE5")
class F:
    def __getattribute__(self, n): return self.n
try: F().q
except RecursionError as e: print("RE6")
class H:
    def __iter__(self): return self
    def __next__(self): raise ValueError("x")
try: list(H())
except ValueError as e: print("VE", e)
class I:
    def __hash__(self): return 2**100
print(hash(I()) == hash(2**100))
class J:
    def __index__(self): return 3
print([1,2,3,4][J()], range(10)[J()], bin(J()))
class K:
    def __bool__(self): raise KeyError("b")
try:
    if K(): pass
except KeyError as e: print("KE", e)
class L:
    __slots__ = ()
print(type(L()).__name__)
x = 1
class M:
    x = x + 1
    y = [x for _ in range(2)]
print(M.x)
def outer():
    v = 10
    class N:
        w = v
        def get(self): return v
    return N
print(outer().w, outer()().get())
class O:
    def f(self): return __class__
print(O().f() is O)
