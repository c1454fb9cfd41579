from . import r
try:
    print(r.rv)
except AttributeError as e:
    print("AE2:", e)
sv = 4
