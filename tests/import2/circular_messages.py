import sys
sys.dont_write_bytecode = True
HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/_helpers")
def clean(s):
    return str(s).replace(HERE, "<here>")
# Circular imports: the AttributeError / ImportError wording while modules are initialising
import circ2.p
print(circ2.p.use())
import circ2.r
print(circ2.r.rv, circ2.s.sv)
for i in range(2):
    try:
        import circ2.t
    except ValueError as e:
        print(e, "circ2.t" in sys.modules, hasattr(circ2, "t"))
try:
    import circ2.u
except ImportError as e:
    print(clean(e), e.name, clean(e.path))
try:
    import circ2.v
except ImportError as e:
    print(clean(e), e.name)
print("circ2.v" in sys.modules, "circ2.w" in sys.modules)
import circ2.x
print(circ2.x.later)
import circ2
print(sorted(k for k in vars(circ2) if not k.startswith("__")))
try:
    circ2.nothing
except AttributeError as e:
    print(e)
