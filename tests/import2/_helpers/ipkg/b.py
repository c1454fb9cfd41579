bval = "b-value"
__all__ = ["bval", "_hidden"]
_hidden = 1
notexported = 2
