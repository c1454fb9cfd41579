import circ2.q
pv = 1
def use(): return circ2.q.qv
