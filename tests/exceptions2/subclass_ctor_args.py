class MyE(ValueError): pass
try:
    print(MyE(x=1))
except TypeError as e:
    print(e)
class MyK(KeyError): pass
print(str(MyK('a')), repr(MyK('a')))
class MyO(OSError): pass
print(type(MyO(2, 'x')).__name__, MyO(2, 'x', 'f').args)
class MyO2(OSError):
    def __init__(self, a, b):
        super().__init__(a, b)
print(MyO2(2, 'x').errno)
class MyI(ImportError): pass
print(MyI('m', name='n').name)
class MyS(StopIteration): pass
print(MyS(5).value)
class MyX(SystemExit): pass
print(MyX(5).code)
class Init(Exception):
    def __init__(self, *a, **k):
        print("init", a, k)
        super().__init__(*a)
Init(1, z=2)
class NoInit(Exception):
    def __init__(self):
        pass
print(NoInit().args)
class WithNew(Exception):
    def __new__(cls, *a, **k):
        return super().__new__(cls)
    def __init__(self, *a, **k): pass
print(WithNew(1, 2).args)
class MyU(UnicodeTranslateError):
    pass
try:
    MyU("x")
except TypeError as e:
    print(e)
print(MyU("abc", 0, 3, "r"))
class MyA(AttributeError):
    pass
a = MyA("m", name="n", obj=3)
print(a.name, a.obj, a.args)
try:
    MyA("m", path="p")
except TypeError as e:
    print(e)
for cls in (ModuleNotFoundError, UnboundLocalError, KeyError, MyK, MyI):
    try:
        cls("m", foo=1)
    except TypeError as e:
        print(e)
