__all__ = ["a", "c"]
a = "A"
b = "B"
c = "C"
_d = "D"
