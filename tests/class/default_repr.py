# The default repr uses the object's id; inherited slot wrappers are object's own.
class C: pass
c = C()
print(repr(c) == "<__main__.C object at %s>" % hex(id(c)))
print(C.__repr__ is object.__repr__, C.__init__ is object.__init__, C.__str__)
