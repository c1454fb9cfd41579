class OrderedNS(dict):
    def __init__(self): super().__init__(); self.names = []
    def __setitem__(self, k, v):
        if k not in self: self.names.append(k)
        super().__setitem__(k, v)
class M(type):
    @classmethod
    def __prepare__(m, name, bases): return OrderedNS()
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, ns)
        cls.order = [n for n in ns.names if not n.startswith('__')]
        return cls
class Base(metaclass=M):
    def f(self): return 'base'
class C(Base):
    z = 1
    def f(self): return 'C>' + super().f()
    a = 2
    def g(self): return __class__.__name__
print(C.order, C().f(), C().g(), type(C.__dict__).__name__)
class M2(type):
    def __new__(m, name, bases, ns):
        return super().__new__(m, name, bases, dict(ns))
class NS2:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def keys(self): return self.d.keys()
class M3(type):
    def __prepare__(n, b): return NS2()
    def __new__(m, name, bases, ns): return super().__new__(m, name, bases, ns.d)
class D(metaclass=M3):
    x = 1
    def meth(self): return super().__class__
    del x
print(hasattr(D, 'x'), D().meth())
class Forget(type):
    def __new__(m, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(m, name, bases, ns)
try:
    class E(metaclass=Forget):
        def f(self): return __class__
except RuntimeError as e: print(type(e).__name__, e)
class Swap(type):
    def __new__(m, name, bases, ns):
        return super().__new__(m, 'Other', bases, {'__classcell__': ns['__classcell__']} if '__classcell__' in ns else {})
class F(metaclass=Swap):
    def f(self): return __class__
print(F.__name__)
def not_a_class(name, bases, ns): return 'made ' + name
class G(metaclass=not_a_class):
    def f(self): return __class__
print(G)
