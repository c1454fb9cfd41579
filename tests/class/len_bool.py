# __len__ and __bool__: truth testing, len() errors.
class Box:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(len(Box(3)), bool(Box(0)), bool(Box(2)), not Box(0))
if Box(1): print("truthy")
class Flag:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print(bool(Flag(True)), bool(Flag(False)), "yes" if Flag(False) else "no")
print([x for x in [Flag(True), Flag(False), Box(0), Box(5)] if x].__len__())
class Both:
    def __bool__(self): return False
    def __len__(self): return 10
print(bool(Both()), len(Both()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
class Plain: pass
print(bool(Plain()))
try:
    len(Plain())
except TypeError as e:
    print("TypeError:", e)
while Box(0):
    break
else:
    print("while else")
