from .. import top_value
from ..sibling import SIB
DEEP = "deep(" + top_value + ", " + SIB + ")"
