import sys as _sys
pub1 = 1
pub2 = 2
_hidden = 3
