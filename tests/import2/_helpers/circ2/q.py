import circ2.p
qv = 2
try:
    print(circ2.p.pv)
except AttributeError as e:
    print("AE:", e)
