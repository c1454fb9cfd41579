print("pkg_a.sub: running, __package__ =", __package__)
from . import sibling
from .sibling import SIB
sub_value = "sub sees " + SIB
