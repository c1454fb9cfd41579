from ...b import bval as bv
from .. import pv as p2
print("deep", __name__, __package__, bv, p2)
