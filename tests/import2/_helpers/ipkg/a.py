print("pkg.a", __name__, __package__)
from . import b
from .b import bval
from .sub import deep
x = "a.x"
