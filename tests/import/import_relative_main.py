import sys
sys.dont_write_bytecode = True
HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/_helpers")
def clean(s):
    return str(s).replace(HERE, "<here>")

try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .mod import x
except ImportError as e:
    print(type(e).__name__, e)
print(__name__, __package__)
