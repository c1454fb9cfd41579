# An object resurrected by its __del__ survives the collection; __del__ is not called twice.
import gc
gc.disable()
survivors = []
class Phoenix:
    calls = 0
    def __del__(self):
        Phoenix.calls += 1
        survivors.append(self)
p = Phoenix()
p.cycle = [p]
del p
print(gc.collect(), Phoenix.calls, len(survivors))
q = survivors.pop()
print(type(q).__name__, q.cycle[0] is q)
del q
print(gc.collect(), Phoenix.calls)
class Friend:
    def __del__(self):
        print("Friend.__del__, other alive:", self.other.alive)
class Other:
    alive = True
f = Friend()
o = Other()
f.other = o
o.friend = f
del f, o
print(gc.collect())
