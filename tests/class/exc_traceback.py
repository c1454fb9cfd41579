# status: 1
# An uncaught user exception prints its class name and __str__.
class Oops(Exception):
    def __str__(self):
        return "custom message"
def f():
    raise Oops("ignored")
print("before")
f()
