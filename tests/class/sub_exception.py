# User exceptions: hierarchy, extra fields, __str__ overrides, catching by base.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key
class Invalid(ValueError):
    def __str__(self):
        return "invalid: " + ", ".join(map(str, self.args))
class Code(Exception):
    def __init__(self, code):
        self.code = code

for exc in [AppError("plain"), NotFound("k"), Invalid(1, 2), Code(7)]:
    try:
        raise exc
    except AppError as e:
        print("AppError", type(e).__name__, e, e.args)
    except ValueError as e:
        print("ValueError", type(e).__name__, e, e.args)
    except Exception as e:
        print("Exception", type(e).__name__, e.args, e.code)
try:
    raise NotFound("x")
except NotFound as e:
    print(e.key, str(e), repr(e), isinstance(e, Exception))
try:
    try:
        raise AppError("inner")
    except AppError as e:
        raise NotFound("outer") from e
except AppError as e:
    print(e, "caused by", repr(e.__cause__))
print(issubclass(NotFound, Exception), NotFound.__mro__[1:3])
e = Code(1)
e.extra = 2
print(e.extra, e.code, e.args)
class Plain(Exception): pass
print(repr(Plain()), repr(Plain(1, "a")), str(Plain("s")))
