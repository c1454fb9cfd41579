def __getattr__(name):
    if name == "dyn":
        return "dynamic!"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["dyn", "z"]
real = 1
