"""Package docstring."""
print("pkg_a: init, __name__ =", __name__, "__package__ =", __package__)
top_value = "pkg_a.top"
