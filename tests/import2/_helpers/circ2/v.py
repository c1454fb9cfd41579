import circ2.w
vv = 5
