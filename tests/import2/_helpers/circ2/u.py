from circ2 import u_missing
