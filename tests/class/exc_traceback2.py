# status: 1
# An uncaught subclass of a built-in exception with args.
class MyError(ValueError):
    pass
print("start")
raise MyError("bad value", 3)
