_private = 1
public = 2
import sys as _sys
