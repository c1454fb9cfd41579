def abstract(f):
    f.__isabstractmethod__ = True
    return f
class C:
    @property
    @abstract
    def p(self): pass
    @property
    def q(self): pass
    @classmethod
    @abstract
    def cm(cls): pass
    @staticmethod
    def sm(): "sm doc"
    sm2 = staticmethod(abstract(lambda: 1))
print(C.__dict__['p'].__isabstractmethod__, C.__dict__['q'].__isabstractmethod__)
print(C.__dict__['cm'].__isabstractmethod__, C.__dict__['sm'].__isabstractmethod__, C.__dict__['sm2'].__isabstractmethod__)
print(C.__dict__['sm'].__module__, C.__dict__['sm'].__doc__, C.__dict__['sm'].__annotations__)
def ann(x: int) -> str: pass
print(staticmethod(ann).__annotations__, classmethod(ann).__module__, classmethod(ann).__name__)
print((1).__add__.__objclass__, (1).__add__.__qualname__, int.__add__.__qualname__)
p = property(None, abstract(lambda s, v: None))
print(p.__isabstractmethod__)
# gather abstract names like ABCMeta
abstracts = {n for n, v in vars(C).items() if getattr(v, '__isabstractmethod__', False)}
print(sorted(abstracts))
C.__abstractmethods__ = frozenset(abstracts)
try: C()
except TypeError as e: print(e)
