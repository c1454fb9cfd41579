# Classes and instances in reference cycles are collected; __del__ runs once.
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)
a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
print("collected", gc.collect() > 0)
def make():
    class Temp:
        def m(self):
            return super().__repr__()
    return Temp
for i in range(3):
    T = make()
    T().m()
del T
gc.collect()
print("classes gone")
class Self:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("self del")
s = Self()
del s
gc.collect()
print("end")
