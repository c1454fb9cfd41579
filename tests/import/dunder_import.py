import sys
sys.dont_write_bytecode = True
HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/_helpers")
m = __import__("pkg_a.inner.deep")
print(m.__name__)
m = __import__("pkg_a.inner.deep", fromlist=["DEEP"])
print(m.__name__, m.DEEP)
m = __import__("mod_all", None, None, ["a"], 0)
print(m.a)
m = __import__("sibling", {"__package__": "pkg_a"}, None, ["SIB"], 1)
print(m.__name__)
try:
    __import__("x", level=-1)
except ValueError as e:
    print(e)
try:
    __import__("")
except ValueError as e:
    print(e)
try:
    __import__(5)
except TypeError as e:
    print(e)
