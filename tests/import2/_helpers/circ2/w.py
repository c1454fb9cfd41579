from circ2.v import vv
