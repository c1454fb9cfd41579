"""The basic helper module."""
print("mod_basic: running, __name__ =", __name__)
x = 10
_private = 20
def f(n):
    return n + x
class_like = [1, 2, 3]
