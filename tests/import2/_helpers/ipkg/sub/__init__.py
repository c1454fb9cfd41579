from .. import pv
print("sub sees", pv)
