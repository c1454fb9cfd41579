class A:
    def __setitem__(s,k,v): pass
try:
    del A()[1]
except Exception as e: print(type(e).__name__, e)
class B:
    def __delitem__(s,k): pass
try:
    B()[1] = 2
except Exception as e: print(type(e).__name__, e)
class C:
    def __setattr__(s,k,v): pass
try:
    del C().x
except Exception as e: print(type(e).__name__, e)
