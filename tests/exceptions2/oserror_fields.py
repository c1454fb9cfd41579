e = OSError(2, 'x', 'f.txt', None, 'g.txt')
print(type(e).__name__, e.filename, e.filename2, e.args, str(e))
e = OSError(13, 'perm', None, None, 'g')
print(type(e).__name__, e.filename, e.filename2, e.args, str(e))
e = BlockingIOError(11, 'again', 5)
print(e.characters_written, e.args, e.filename, str(e))
try:
    BlockingIOError(11, 'a').characters_written
except AttributeError as x:
    print("AE", x)
e.characters_written = 9
print(e.characters_written)
del e.characters_written
try:
    del e.characters_written
except AttributeError as x:
    print("AE", x)
try:
    BlockingIOError(11, 'a', 1.5)
except TypeError as x:
    print(x)
e = BlockingIOError(11, 'a', 'fn')
print(e.filename, e.args, str(e))
class B2(BlockingIOError): pass
e = B2(11, 'a', 3)
print(e.filename, e.args)
e = OSError(1, 2, 3, 4)
print(e.args, e.filename, str(e))
print(IOError is OSError, EnvironmentError is OSError)
e = OSError()
print(e.filename2)
e.filename2 = "q"
print(e.filename2, str(e))
e = OSError(2, "no", "a")
e.filename2 = "b"
print(str(e))
# errno → subclass (OSError only, not its subclasses or user subclasses)
for n in (1, 2, 4, 11, 13, 17, 20, 21, 32, 104, 110, 111, 3, 10, 99):
    print(n, type(OSError(n, "m")).__name__, type(OSError(n, "m", "f")).__name__)
print(type(OSError(2)).__name__, type(OSError("2", "x")).__name__, type(OSError(2, 'x', 'f', 0, 'g', 'extra')).__name__)
print(type(FileExistsError(2, 'x')).__name__)
class MyOS(OSError):
    pass
print(type(MyOS(2, "x")).__name__, MyOS(2, "x", "f").args, str(MyOS(2, "x", "f")))
print(repr(OSError(2, "x", "f")), repr(PermissionError(1, "p", "f", None, "g")))
