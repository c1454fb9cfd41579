# Class attributes: shared state, shadowing by instances, mutation through the class.
class Config:
    debug = False
    items = []
    def enable(self):
        self.debug = True
a, b = Config(), Config()
a.enable()
print(a.debug, b.debug, Config.debug)
a.items.append(1)
print(b.items, Config.items)
Config.debug = "class"
print(a.debug, b.debug)
del a.debug
print(a.debug)
Config.new_attr = 5
print(a.new_attr, hasattr(b, "new_attr"))
del Config.new_attr
print(hasattr(a, "new_attr"))
try:
    del Config.missing
except AttributeError as e:
    print("AttributeError:", e)
def added(self):
    return "added method"
Config.m = added
print(a.m())
print(sorted(k for k in Config.__dict__ if not k.startswith("__")))
try:
    a.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    Config.nope
except AttributeError as e:
    print("AttributeError:", e)
