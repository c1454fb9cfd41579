two = "from ns_b"
from . import one as sibling
